using System.Diagnostics.Metrics;
using Participation.Diagnostics;
using Participation.Requests.Models;

namespace Participation.Requests.Services;

/// <summary>The requests' figures for an operator: requests accepted (committed, a reference issued), by kind.</summary>
public sealed class RequestMetrics
{
    private readonly Counter<long> _accepted;

    public RequestMetrics(IMeterFactory meters)
    {
        _accepted = ParticipationMeter.Create(meters).CreateCounter<long>("participation.requests.accepted", "{request}", "Requests (complaints, suggestions, messages) accepted, after their commit");
    }

    public void Accepted(RequestKind kind) => _accepted.Add(1, new KeyValuePair<string, object?>("kind", kind.ToString().ToLowerInvariant()));
}
