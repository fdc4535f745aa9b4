using System.Diagnostics.Metrics;
using Participation.Diagnostics;

namespace Participation.Ideas.Services;

/// <summary>The ideas' figures for an operator: supports counted (after their commit; a withdrawal is not one).</summary>
public sealed class IdeaMetrics(IMeterFactory meters)
{
    private readonly ParticipationCounter _supports = new(meters, "participation.idea_supports.accepted", "{support}", "Supports of ideas counted, after their commit");

    public void SupportAccepted() => _supports.Add();
}
