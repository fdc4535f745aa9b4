using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;
using Participation.Http;
using Participation.ContentManagement;
using Participation.Data;
using Participation.Email;
using Participation.Surveys.Domain;
using Participation.Surveys.Models;

namespace Participation.Surveys.Services;

/// <summary>Figures of a survey's invitations, for the progress shown to staff.</summary>
public sealed record InvitationFigures(int Listed, int Sent, int Answered, int OptedOut, int Reminded);

/// <summary>A recipient as staff see it: whether their latest email (invitation or reminder) is queued, sent or failed, and why.</summary>
public sealed record RecipientState(long Id, string Email, DateTime? SentUtc, int RemindersSent, DateTime? OptedOutUtc, MailDelivery? Delivery);

/// <summary>A page of recipients, by id; <see cref="NextAfter"/> the id to continue after.</summary>
public sealed record RecipientPage(IReadOnlyList<RecipientState> Recipients, long? NextAfter);

/// <summary>
/// The recipients of an invitation-only survey: kept from an upload (new addresses only), sent
/// their single-use link through the outbox in batches — each batch one transaction with its
/// emails — and found again by token when they answer or opt out.
/// </summary>
public sealed class SurveyInvitations(IDataSession session, IEmailSender email, IMailDeliveries deliveries, IConfiguration configuration, TimeProvider clock, IStringLocalizer<SurveyInvitations> T)
{
    public const int BatchSize = 50;
    public const int PageSize = 50;

    /// <summary>The name an invitation's emails carry in the outbox (the invitation, then each reminder), to show how delivery went.</summary>
    public static string MailReference(long invitationId) => "survey-invitation:" + invitationId.ToString(CultureInfo.InvariantCulture);

    /// <summary>A page of recipients in the order they were listed, each with the outbox's state of their latest email.</summary>
    public async Task<RecipientPage> RecipientsAsync(string surveyId, long? after)
    {
        var rows = await session.Set<SurveyInvitation>().AsNoTracking().Where(i => i.SurveyId == surveyId && (after == null || i.Id > after))
            .OrderBy(i => i.Id).Take(PageSize + 1).Select(i => new { i.Id, i.Email, i.SentUtc, i.RemindersSent, i.OptedOutUtc }).ToListAsync();
        var page = rows.Take(PageSize).ToList();
        var states = await deliveries.LatestAsync([.. page.Where(i => i.SentUtc != null).Select(i => MailReference(i.Id))]);
        return new([.. page.Select(i => new RecipientState(i.Id, i.Email, i.SentUtc, i.RemindersSent, i.OptedOutUtc, states.GetValueOrDefault(MailReference(i.Id))))],
            rows.Count > PageSize ? page[^1].Id : null);
    }

    /// <summary>Adds the recipients not listed yet; answers how many were added.</summary>
    public async Task<int> AddAsync(string surveyId, IReadOnlyList<Recipient> recipients)
    {
        var listed = (await session.Set<SurveyInvitation>().Where(i => i.SurveyId == surveyId && i.Subject == "").Select(i => i.Email).ToListAsync()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var now = clock.GetUtcNow().UtcDateTime;
        var added = recipients.Where(r => listed.Add(r.Email)).Select(r => (Recipient: r, Invitation: new SurveyInvitation
        {
            SurveyId = surveyId, Email = r.Email, CreatedUtc = now,
            Attributes = r.Attributes.Count == 0 ? null : JsonSerializer.Serialize(r.Attributes),
        })).ToList();
        await using var transaction = await session.Database.BeginTransactionAsync();
        session.Set<SurveyInvitation>().AddRange(added.Select(a => a.Invitation));
        await session.SaveChangesAsync();
        // A row per attribute, keyed as the response will be, for the analysis' GROUP BYs (the ids exist only now).
        session.Set<SurveyRecipientAttribute>().AddRange(added.SelectMany(a => SurveyRecipientAttribute.Of(surveyId, SurveyResponseStore.InvitationKeyPrefix + a.Invitation.Id.ToString(CultureInfo.InvariantCulture), a.Recipient.Attributes)));
        await session.SaveChangesAsync();
        await transaction.CommitAsync();
        return added.Count;
    }

    public async Task<InvitationFigures> FiguresAsync(string surveyId)
    {
        var invitations = session.Set<SurveyInvitation>().Where(i => i.SurveyId == surveyId);
        var answered = session.Set<SurveyResponse>().Where(r => r.SurveyId == surveyId && r.CompletedUtc != null && r.RespondentKey.StartsWith(SurveyResponseStore.InvitationKeyPrefix));
        return new(await invitations.CountAsync(), await invitations.CountAsync(i => i.SentUtc != null), await answered.CountAsync(), await invitations.CountAsync(i => i.OptedOutUtc != null), await invitations.SumAsync(i => i.RemindersSent));
    }

    /// <summary>Sends every invitation not sent yet, a batch at a time; answers how many were sent.</summary>
    public async Task<int> SendPendingAsync(ContentItem survey)
    {
        var sent = 0;
        while (true)
        {
            var batch = await session.Set<SurveyInvitation>().Where(i => i.SurveyId == survey.ContentItemId && i.SentUtc == null && i.OptedOutUtc == null)
                .OrderBy(i => i.Id).Take(BatchSize).ToListAsync();
            if (batch.Count == 0) return sent;
            await using var transaction = await session.Database.BeginTransactionAsync();
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var invitation in batch)
            {
                var token = InvitationToken.New();
                invitation.TokenHash = InvitationToken.Hash(token);
                invitation.SentUtc = now;
                var (link, optOut) = Links(survey, token);
                await email.SendAsync(Invitation(survey, invitation, link, optOut));
            }
            await session.SaveChangesAsync();
            await transaction.CommitAsync();
            sent += batch.Count;
        }
    }

    /// <summary>
    /// Invites one participant about one subject (a request's answer) and emails their link now,
    /// in the caller's transaction; false when they were already invited about it.
    /// </summary>
    public async Task<bool> InviteAsync(ContentItem survey, string address, string subject, string? departmentKey, Func<string, string, MailMessage> message)
    {
        if (await session.Set<SurveyInvitation>().AnyAsync(i => i.SurveyId == survey.ContentItemId && i.Email == address && i.Subject == subject)) return false;
        var token = InvitationToken.New();
        var now = clock.GetUtcNow().UtcDateTime;
        var invitation = new SurveyInvitation
        {
            SurveyId = survey.ContentItemId, Email = address, Subject = subject, DepartmentKey = departmentKey,
            TokenHash = InvitationToken.Hash(token), CreatedUtc = now, SentUtc = now,
        };
        session.Set<SurveyInvitation>().Add(invitation);
        await session.SaveChangesAsync();
        var (link, optOut) = Links(survey, token);
        await email.SendAsync(message(link, optOut) with { Reference = MailReference(invitation.Id) });
        return true;
    }

    public (string Link, string OptOut) Links(ContentItem survey, string token)
    {
        var siteUrl = PublicUrl.Of(configuration);
        return ($"{siteUrl}/surveys/{survey.ContentItemId}/answer?token={token}", $"{siteUrl}/surveys/{survey.ContentItemId}/opt-out?token={token}");
    }

    public async Task<SurveyInvitation?> FindAsync(string? token)
        => InvitationToken.LooksValid(token) ? await session.Set<SurveyInvitation>().FirstOrDefaultAsync(i => i.TokenHash == InvitationToken.Hash(token!)) : null;

    public async Task OptOutAsync(SurveyInvitation invitation)
    {
        invitation.OptedOutUtc ??= clock.GetUtcNow().UtcDateTime;
        await session.SaveChangesAsync();
    }

    private MailMessage Invitation(ContentItem survey, SurveyInvitation invitation, string link, string optOut)
    {
        var part = survey.As<SurveyPart>();
        var ends = part.EndsUtc?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        var body = T["You are invited to answer the survey “{0}”. {1}\n\nAnswer here (this link is yours alone and works once, until {2}):\n{3}\n\nTo receive no more messages about this survey:\n{4}", survey.DisplayText, part.Purpose, ends, link, optOut].Value;
        return new MailMessage { To = [invitation.Email], Subject = T["Your opinion is requested: {0}", survey.DisplayText].Value, TextBody = body, Culture = "ar", Reference = MailReference(invitation.Id) };
    }
}
