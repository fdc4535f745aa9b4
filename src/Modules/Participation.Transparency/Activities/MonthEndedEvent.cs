using Participation.Workflows.Activities;

namespace Participation.Transparency.Activities;

/// <summary>A month ended: raised by the monthly timer at its first instant, <c>Input.Period</c> (yyyy-MM) naming the month.</summary>
public sealed class MonthEndedEvent : EventActivity
{
    public override string DisplayText => "A month ended (monthly timer)";
}
