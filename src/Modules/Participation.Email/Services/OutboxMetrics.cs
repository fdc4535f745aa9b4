using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Data;
using Participation.Diagnostics;
using Participation.Email.Models;

namespace Participation.Email.Services;

/// <summary>
/// The outbox's figures for an operator: how many emails wait (pending or being sent), how old
/// the oldest of them is, how many were given up on, and each delivery attempt that failed.
/// The gauges show the last sample the host took (<see cref="IGaugeSampler"/>).
/// </summary>
public sealed class OutboxMetrics : IGaugeSampler
{
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly ParticipationCounter _failedDeliveries;
    private long _backlog;
    private double _oldestAgeSeconds;
    private long _givenUp;

    public OutboxMetrics(IMeterFactory meters, IServiceScopeFactory scopes, TimeProvider clock)
    {
        _scopes = scopes;
        _clock = clock;
        var meter = ParticipationMeter.Create(meters);
        _failedDeliveries = new(meters, "participation.email.delivery_failures", "{attempt}", "Delivery attempts that failed (each is retried until the last)");
        meter.CreateObservableGauge("participation.outbox.backlog", () => Volatile.Read(ref _backlog), "{email}", "Emails not yet sent: waiting or being sent");
        meter.CreateObservableGauge("participation.outbox.oldest_age", () => Volatile.Read(ref _oldestAgeSeconds), "s", "Age of the oldest email not yet sent (0 when none waits)");
        meter.CreateObservableGauge("participation.outbox.failed", () => Volatile.Read(ref _givenUp), "{email}", "Emails given up on after the last attempt, waiting for an administrator");
    }

    public void DeliveryFailed() => _failedDeliveries.Add();

    public async Task SampleAsync(CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IDataSession>().Set<OutboxMessage>().AsNoTracking();
        var waiting = outbox.Where(m => m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Sending);
        var backlog = await waiting.LongCountAsync(cancellationToken);
        var oldest = backlog == 0 ? (DateTime?)null : await waiting.MinAsync(m => (DateTime?)m.CreatedUtc, cancellationToken);
        var givenUp = await outbox.LongCountAsync(m => m.Status == OutboxStatus.Failed, cancellationToken);
        Volatile.Write(ref _backlog, backlog);
        Volatile.Write(ref _oldestAgeSeconds, oldest is { } created ? Math.Max(0, (_clock.GetUtcNow().UtcDateTime - created).TotalSeconds) : 0);
        Volatile.Write(ref _givenUp, givenUp);
    }
}
