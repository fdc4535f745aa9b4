using Participation.ContentManagement.Metadata;
using Participation.Workflows.Activities.Tasks;
using Participation.Workflows.Display;
using Participation.Workflows.Models;
using Participation.Workflows.ViewModels;

namespace Participation.Workflows.Drivers;

/// <summary>The stage change's form: the move to make, among the moves the content types' lifecycles have.</summary>
public sealed class ChangeStageTaskDisplayDriver(IContentDefinitionManager definitions) : ActivityDisplayDriver<ChangeStageTask, ChangeStageTaskViewModel>
{
    protected override void Read(ActivityRecord activity, ChangeStageTaskViewModel model) => model.Trigger = activity.Text("Trigger");

    protected override void Write(ChangeStageTaskViewModel model, ActivityRecord activity) => SetText(activity, "Trigger", model.Trigger);

    protected override Task FillChoicesAsync(ChangeStageTaskViewModel model)
    {
        model.Triggers = [.. definitions.ListTypes().SelectMany(t => t.Lifecycle?.Transitions ?? []).Select(t => t.Trigger).Distinct()];
        return Task.CompletedTask;
    }
}
