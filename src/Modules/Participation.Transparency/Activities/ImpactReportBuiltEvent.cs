using Participation.Workflows.Activities;

namespace Participation.Transparency.Activities;

/// <summary>
/// A department's impact report of a month was built. Its email templates read
/// <c>Input.Recipients</c> (the heads, else the department's mailbox), <c>Input.Period</c>,
/// <c>Input.DepartmentNameAr/En</c>, <c>Input.SummaryAr/En</c> and <c>Input.ReportUrl</c>.
/// </summary>
public sealed class ImpactReportBuiltEvent : EventActivity
{
    public override string DisplayText => "A department's monthly impact report was built";
}
