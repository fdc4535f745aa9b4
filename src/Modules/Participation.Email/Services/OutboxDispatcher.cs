using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Participation.Data;
using Participation.Email.Models;
using Participation.Hosting;

namespace Participation.Email.Services;

/// <summary>
/// Delivers the outbox. Each message is claimed with a conditional update, so two nodes on
/// one database never send the same message; a failed delivery is retried later with a longer
/// wait, and after <see cref="EmailOptions.MaxAttempts"/> (or at once when the server refuses it for
/// good) it is marked Failed for the admin to retry.
/// A delivery that succeeded is never repeated because recording it failed: recording is
/// retried on its own, and until it works the message stays claimed.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IShellSettingsStore shell,
    OutboxSignal signal,
    IMailTransport transport,
    OutboxMetrics metrics,
    IOptions<EmailOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : PollingBackgroundService(shell, signal, logger)
{
    /// <summary>How long a claim lasts: the longest delivery plus ample room to record it.</summary>
    private TimeSpan Lease => TimeSpan.FromSeconds(Math.Max(5, options.Value.LeaseSeconds));
    /// <summary>A delivery is abandoned (and retried later) after this, so it always ends inside its claim.</summary>
    private TimeSpan SendTimeout => TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(1).Ticks, Lease.Ticks / 5));
    /// <summary>Waits between tries to record a delivery; a busy database usually frees up within them.</summary>
    private static readonly TimeSpan[] RecordRetryDelays = [TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1)];

    /// <summary>Delivered but not yet recorded as Sent (the database refused): retried each pass, never sent again.</summary>
    private readonly ConcurrentDictionary<long, DateTime> _unrecorded = new();

    protected override TimeSpan PollInterval => TimeSpan.FromMilliseconds(options.Value.PollMilliseconds);

    protected override Task<int> RunOnceAsync(CancellationToken cancellationToken) => DispatchDueAsync(cancellationToken);

    /// <summary>Sends what is due now; returns how many messages it handled.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<IDataSession>();
        await RecordEarlierDeliveriesAsync(session);
        var smtp = await scope.ServiceProvider.GetRequiredService<SmtpSettingsStore>().GetAsync();
        var sender = string.IsNullOrWhiteSpace(smtp.Sender) ? options.Value.Sender : smtp.Sender;
        var start = clock.GetUtcNow().UtcDateTime;
        var due = await session.Set<OutboxMessage>()
            .Where(m => (m.Status == OutboxStatus.Pending && m.NextAttemptUtc <= start) || (m.Status == OutboxStatus.Sending && m.LockedUntilUtc < start))
            .OrderBy(m => m.Id).Select(m => m.Id).Take(20).ToListAsync(cancellationToken);

        var handled = 0;
        foreach (var id in due.Where(id => !_unrecorded.ContainsKey(id)))
        {
            // Each claim from the time it is made, so the last of a slow batch gets its whole lease too.
            var now = clock.GetUtcNow().UtcDateTime;
            var lockedUntil = now + Lease;
            var claimed = await session.Set<OutboxMessage>()
                .Where(m => m.Id == id && ((m.Status == OutboxStatus.Pending && m.NextAttemptUtc <= now) || (m.Status == OutboxStatus.Sending && m.LockedUntilUtc < now)))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Sending).SetProperty(m => m.LockedUntilUtc, lockedUntil), cancellationToken);
            if (claimed == 0) continue; // another node took it
            // Claimed: read even when the node is stopping, so the delivery below hands it back rather than leave it claimed.
            var message = await session.Set<OutboxMessage>().AsNoTracking().FirstAsync(m => m.Id == id, CancellationToken.None);
            handled++;
            if (!await DeliverAsync(session, message, sender, smtp)) continue;

            var sent = clock.GetUtcNow().UtcDateTime;
            if (await RecordSentAsync(session, id, sent, RecordRetryDelays)) continue;
            _unrecorded[id] = sent;
            logger.LogError("Email {Id} was delivered but could not be recorded as sent after {Tries} tries; it stays claimed, this node will not send it again and records it once the database lets it", id, RecordRetryDelays.Length + 1);
        }
        return handled;
    }

    /// <summary>
    /// Hands the message to the transport; on failure records when to try again (or, refused for good
    /// by the server — a 5xx answer such as an unknown mailbox — that it failed) and returns false.
    /// </summary>
    private async Task<bool> DeliverAsync(IDataSession session, OutboxMessage message, string sender, SmtpSettings smtp)
    {
        try
        {
            // Not cancelled by a stop: a send cut off after the server took the message would be
            // handed back and sent twice. It finishes (or times out) and is recorded as usual.
            using var timeout = new CancellationTokenSource(SendTimeout);
            await transport.SendAsync(MimeMessageFactory.Create(message.ToMailMessage(), sender, message.MessageId), smtp, timeout.Token);
            return true;
        }
        catch (Exception ex)
        {
            metrics.DeliveryFailed();
            var attempts = message.Attempts + 1;
            var failed = attempts >= options.Value.MaxAttempts || (ex is MailKit.Net.Smtp.SmtpCommandException refused && (int)refused.StatusCode >= 500);
            var next = clock.GetUtcNow().UtcDateTime + RetryBackoff.After(attempts, TimeSpan.FromSeconds(options.Value.RetryBaseSeconds));
            var error = ex is OperationCanceledException ? $"No answer within {SendTimeout.TotalSeconds:0} s." : ex.GetBaseException().Message;
            await session.Set<OutboxMessage>().Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, failed ? OutboxStatus.Failed : OutboxStatus.Pending).SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.NextAttemptUtc, next).SetProperty(m => m.LockedUntilUtc, (DateTime?)null).SetProperty(m => m.LastError, error), CancellationToken.None);
            logger.LogWarning("Email {Id} not delivered (attempt {Attempt}{Final}): {Error}", message.Id, attempts, failed ? ", giving up" : "", error);
            return false;
        }
    }

    /// <summary>
    /// Marks a delivered message Sent, trying again after each delay. Not cancellable: the mail
    /// is gone, and a shutdown must not leave it looking unsent.
    /// </summary>
    private async Task<bool> RecordSentAsync(IDataSession session, long id, DateTime sent, IReadOnlyList<TimeSpan> retryDelays)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await session.Set<OutboxMessage>().Where(m => m.Id == id).ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Status, OutboxStatus.Sent).SetProperty(m => m.SentUtc, sent)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1).SetProperty(m => m.LockedUntilUtc, (DateTime?)null).SetProperty(m => m.LastError, (string?)null), CancellationToken.None);
                return true;
            }
            catch (Exception ex)
            {
                logger.LogWarning("Email {Id} was delivered; recording it as sent failed: {Error}", id, ex.GetBaseException().Message);
                if (attempt == retryDelays.Count) return false;
                await Task.Delay(retryDelays[attempt], CancellationToken.None);
            }
        }
    }

    /// <summary>Records the deliveries the database refused before; once each a pass, until it accepts them.</summary>
    private async Task RecordEarlierDeliveriesAsync(IDataSession session)
    {
        foreach (var (id, sent) in _unrecorded)
        {
            if (await RecordSentAsync(session, id, sent, [])) _unrecorded.TryRemove(id, out _);
        }
    }
}
