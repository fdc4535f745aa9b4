using Microsoft.Extensions.DependencyInjection;
using Participation.Transparency.Domain;
using Participation.Transparency.Services;
using Participation.Workflows.Activities;

namespace Participation.Transparency.Activities;

/// <summary>
/// Builds every active department's impact report of the month the event names (<c>Input.Period</c>,
/// else the month before the event) and raises <see cref="ImpactReportBuiltEvent"/> for each one
/// built now; a report that exists already is left as it is.
/// </summary>
public sealed class BuildImpactReportsTask : TaskActivity
{
    public override string DisplayText => "Build the departments' monthly impact reports";

    public override async Task<string> ExecuteAsync(IActivityExecutionContext context)
    {
        var clock = context.Services.GetRequiredService<TimeProvider>();
        var period = ReportPeriod.Parse(context.Input["Period"]?.ToString()) ?? ReportPeriod.Previous(clock.GetUtcNow().UtcDateTime);
        await context.Services.GetRequiredService<ImpactReports>().BuildAllAsync(period);
        return "Done";
    }
}
