using Microsoft.Extensions.DependencyInjection;
using Participation.ContentManagement.Lifecycle;
using Participation.Workflows.Models;

namespace Participation.Workflows.Activities.Tasks;

/// <summary>
/// Moves the event's content item through its lifecycle (<c>Trigger</c>, e.g. <c>Close</c>), through
/// the same guarded transition editors use. Outcomes: Done, or Refused when a guard does not hold.
/// </summary>
public sealed class ChangeStageTask : TaskActivity
{
    public override string DisplayText => "Change the lifecycle stage";
    public override IEnumerable<string> Outcomes(ActivityRecord activity) => ["Done", "Refused"];

    public override IEnumerable<(string Property, string Problem)> Validate(ActivityRecord activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Text("Trigger"))) yield return ("Trigger", "name the move to make, e.g. Close.");
    }

    public override async Task<string> ExecuteAsync(IActivityExecutionContext context)
    {
        var item = await context.GetContentItemAsync() ?? throw new InvalidOperationException("the event concerns no content item");
        try
        {
            await context.Services.GetRequiredService<IContentLifecycle>().FireAsync(item, context.Activity.Text("Trigger")!, $"workflow {context.WorkflowTypeId}");
            return "Done";
        }
        catch (StageTransitionException)
        {
            return "Refused";
        }
    }
}
