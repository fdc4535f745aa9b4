using System.Diagnostics.Metrics;
using Participation.Diagnostics;
using Participation.Requests.Models;

namespace Participation.Requests.Services;

/// <summary>The requests' figures for an operator: requests accepted (committed, a reference issued), by kind.</summary>
public sealed class RequestMetrics(IMeterFactory meters)
{
    private readonly ParticipationCounter _accepted = new(meters, "participation.requests.accepted", "{request}", "Requests (complaints, suggestions, messages) accepted, after their commit", tag: "kind");

    public void Accepted(RequestKind kind) => _accepted.Add(kind);
}
