using System.Diagnostics.Metrics;
using Participation.Diagnostics;

namespace Participation.Polls.Services;

/// <summary>The polls' figures for an operator: ballots counted (a changed vote is not a new one).</summary>
public sealed class PollMetrics(IMeterFactory meters)
{
    private readonly ParticipationCounter _accepted = new(meters, "participation.votes.accepted", "{vote}", "Ballots counted, after their commit");

    public void VoteAccepted() => _accepted.Add();
}
