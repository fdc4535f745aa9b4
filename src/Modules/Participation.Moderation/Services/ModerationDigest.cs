using Participation.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Participation.Localization;
using Microsoft.Extensions.Options;
using Participation.Comments;
using Participation.Data;
using Participation.Moderation.Models;
using Participation.Security;
using Participation.Users;

namespace Participation.Moderation.Services;

public sealed class DigestOptions
{
    /// <summary>How often moderators are told what waits (default daily).</summary>
    public double DigestHours { get; set; } = 24;
}

/// <summary>
/// Emails the moderators, through the outbox, what waits for them. Each period is sent once:
/// the first node to store the period's row sends it.
/// </summary>
public sealed class ModerationDigest(IServiceScopeFactory scopes, IShellSettingsStore shell, IOptions<DigestOptions> options, TimeProvider clock, ILogger<ModerationDigest> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromHours(options.Value.DigestHours);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (shell.IsRunning) await SendIfDueAsync(period, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The moderation digest failed; it will try again");
            }
            try { await Task.Delay(TimeSpan.FromMinutes(Math.Min(5, period.TotalMinutes)), stoppingToken); } catch (OperationCanceledException) { return; }
        }
    }

    public async Task<bool> SendIfDueAsync(TimeSpan period, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<IDataSession>();
        var now = clock.GetUtcNow().UtcDateTime;
        var pending = await scope.ServiceProvider.GetRequiredService<ICommentStore>().PendingAsync(cancellationToken);
        if (pending.Count == 0) return false;
        var key = $"digest-{now.Ticks / period.Ticks}";
        session.Set<DigestRun>().Add(new DigestRun { Period = key, SentUtc = now });
        try { await session.SaveChangesAsync(cancellationToken); }
        catch (DbUpdateException) { return false; } // another node sent this period's digest

        var users = scope.ServiceProvider.GetRequiredService<UserManager<ParticipationUser>>();
        var sender = scope.ServiceProvider.GetRequiredService<IEmailSender>();
        var oldestHours = (int)(now - pending.OldestUtc!.Value).TotalHours;
        var publicUrl = Participation.Http.PublicUrl.Of(scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>());
        var T = scope.ServiceProvider.GetRequiredService<IStringLocalizer<ModerationDigest>>();
        foreach (var moderator in await users.GetUsersInRoleAsync(RoleNames.Moderator))
        {
            if (moderator.Email is null) continue;
            var culture = moderator.PreferredCulture == "en" ? "en" : "ar";
            // The localiser answers in the current culture: the moderator's, for their mail.
            using (CultureScope.Use(culture))
            {
                await sender.SendAsync(new MailMessage
                {
                    To = [moderator.Email],
                    Culture = culture,
                    Subject = T.Plural(pending.Count, "1 contribution waits for review", "{0} contributions wait for review"),
                    TextBody = $"{T["Hello {0},", moderator.DisplayName]}\n\n{T.Plural(pending.Count, "1 contribution waits for review;", "{0} contributions wait for review;")} "
                        + $"{T.Plural(oldestHours, "the oldest has waited 1 hour.", "the oldest has waited {0} hours.")}\n\n{publicUrl.TrimEnd('/')}/admin/moderation",
                }, cancellationToken);
            }
        }
        return true;
    }
}
