using System.Diagnostics.Metrics;

namespace Participation.Diagnostics;

/// <summary>
/// The suite's own figures for an operator (votes, submissions, backlogs): one meter, on which
/// each module creates the instruments it alone knows. Counting is free while metrics are off
/// (<c>Participation:Telemetry:Metrics</c>): nothing listens.
/// </summary>
public static class ParticipationMeter
{
    public const string Name = "Participation";

    /// <summary>The meter, shared by everything created from the same factory (the host's).</summary>
    public static Meter Create(IMeterFactory factory) => factory.Create(Name);
}
