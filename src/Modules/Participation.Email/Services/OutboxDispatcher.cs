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
/// one database never send the same message; a failure is retried later with a longer wait,
/// and after <see cref="EmailOptions.MaxAttempts"/> it is marked Failed for the admin to retry.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IShellSettingsStore shell,
    OutboxSignal signal,
    IMailTransport transport,
    IOptions<EmailOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : PollingBackgroundService(shell, signal, logger)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    protected override TimeSpan PollInterval => TimeSpan.FromMilliseconds(options.Value.PollMilliseconds);

    protected override Task<int> RunOnceAsync(CancellationToken cancellationToken) => DispatchDueAsync(cancellationToken);

    /// <summary>Sends what is due now; returns how many messages it handled.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<IDataSession>();
        var smtp = await scope.ServiceProvider.GetRequiredService<SmtpSettingsStore>().GetAsync();
        var sender = string.IsNullOrWhiteSpace(smtp.Sender) ? options.Value.Sender : smtp.Sender;
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await session.Set<OutboxMessage>()
            .Where(m => (m.Status == OutboxStatus.Pending && m.NextAttemptUtc <= now) || (m.Status == OutboxStatus.Sending && m.LockedUntilUtc < now))
            .OrderBy(m => m.Id).Select(m => m.Id).Take(20).ToListAsync(cancellationToken);

        var handled = 0;
        foreach (var id in due)
        {
            var lockedUntil = now + Lease;
            var claimed = await session.Set<OutboxMessage>()
                .Where(m => m.Id == id && ((m.Status == OutboxStatus.Pending && m.NextAttemptUtc <= now) || (m.Status == OutboxStatus.Sending && m.LockedUntilUtc < now)))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Sending).SetProperty(m => m.LockedUntilUtc, lockedUntil), cancellationToken);
            if (claimed == 0) continue; // another node took it
            var message = await session.Set<OutboxMessage>().AsNoTracking().FirstAsync(m => m.Id == id, cancellationToken);
            handled++;
            try
            {
                await transport.SendAsync(MimeMessageFactory.Create(message.ToMailMessage(), sender, message.MessageId), smtp, cancellationToken);
                var sent = clock.GetUtcNow().UtcDateTime;
                await session.Set<OutboxMessage>().Where(m => m.Id == id).ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Status, OutboxStatus.Sent).SetProperty(m => m.SentUtc, sent)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1).SetProperty(m => m.LockedUntilUtc, (DateTime?)null).SetProperty(m => m.LastError, (string?)null), cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Shutting down mid-delivery: hand the message back rather than leave it claimed until the lease ends.
                await session.Set<OutboxMessage>().Where(m => m.Id == id && m.Status == OutboxStatus.Sending)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Pending).SetProperty(m => m.LockedUntilUtc, (DateTime?)null), CancellationToken.None);
                throw;
            }
            catch (Exception ex)
            {
                var attempts = message.Attempts + 1;
                var failed = attempts >= options.Value.MaxAttempts;
                var next = clock.GetUtcNow().UtcDateTime + RetryBackoff.After(attempts, TimeSpan.FromSeconds(options.Value.RetryBaseSeconds));
                var error = ex.GetBaseException().Message;
                await session.Set<OutboxMessage>().Where(m => m.Id == id).ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Status, failed ? OutboxStatus.Failed : OutboxStatus.Pending).SetProperty(m => m.Attempts, attempts)
                    .SetProperty(m => m.NextAttemptUtc, next).SetProperty(m => m.LockedUntilUtc, (DateTime?)null).SetProperty(m => m.LastError, error), cancellationToken);
                logger.LogWarning("Email {Id} not delivered (attempt {Attempt}{Final}): {Error}", id, attempts, failed ? ", giving up" : "", error);
            }
        }
        return handled;
    }
}
