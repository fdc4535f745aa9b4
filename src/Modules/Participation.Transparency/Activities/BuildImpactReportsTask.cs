using Microsoft.Extensions.DependencyInjection;
using Participation.Transparency.Domain;
using Participation.Transparency.Services;
using Participation.Workflows.Activities;

namespace Participation.Transparency.Activities;

/// <summary>
/// Asks for every active department's impact report of the month the event names (<c>Input.Period</c>,
/// else the month before the event): rows written Pending in the workflow's transaction, which
/// <see cref="ImpactReportBuilder"/> builds after it, raising <see cref="ImpactReportBuiltEvent"/>
/// for each; a report that exists already is left as it is. Nothing slow runs here, so the
/// engine's other events do not wait behind the month's printing.
/// </summary>
public sealed class BuildImpactReportsTask : TaskActivity
{
    public override string DisplayText => "Build the departments' monthly impact reports";

    public override async Task<string> ExecuteAsync(IActivityExecutionContext context)
    {
        var clock = context.Services.GetRequiredService<TimeProvider>();
        var period = ReportPeriod.Parse(context.Input["Period"]?.ToString()) ?? ReportPeriod.Previous(clock.GetUtcNow().UtcDateTime);
        await context.Services.GetRequiredService<ImpactReports>().QueueAllAsync(period);
        return "Done";
    }
}
