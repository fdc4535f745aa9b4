using Participation.Localization;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.ContentManagement;
using Participation.Data;
using Participation.Email;
using Participation.Surveys.Activities;
using Participation.Surveys.Domain;
using Participation.Surveys.Models;
using Participation.Workflows;

namespace Participation.Surveys.Services;

/// <summary>
/// Reminders of an invitation survey: one workflow timer per survey, due at the earliest reminder
/// (fired once even with two nodes), whose shipped workflow reminds, in batches, every recipient
/// who was sent a link, has not opted out nor answered, and whose reminder is due. Each recipient
/// is claimed by a conditional update on their reminder count before their email is written, so
/// a second run (another node) cannot remind them twice. A reminder carries a new link: only the
/// newest one opens the survey, and it resumes the same response.
/// </summary>
public sealed class SurveyReminders(IDataSession session, IWorkflowTimers timers, SurveyInvitations invitations, IEmailSender email, TimeProvider clock, IStringLocalizer<SurveyReminders> T)
{
    public static string TimerKey(string surveyId) => $"survey-reminders:{surveyId}";

    /// <summary>Arms the survey's timer at its earliest due reminder; drops it when none is due any more.</summary>
    public async Task ScheduleAsync(ContentItem survey)
    {
        var part = survey.As<SurveyPart>();
        // The earliest last message among those with reminders left (so 0 reminders sent stands for them all).
        var last = ReminderRules.NextDue(part, DateTime.MinValue, 0) is null ? null
            : await Waiting(survey.ContentItemId, part).Select(i => (DateTime?)(i.RemindedUtc ?? i.SentUtc)).MinAsync();
        var due = last is { } l ? ReminderRules.NextDue(part, l, 0) : null;
        if (due is not { } at || part.EndsUtc is { } ends && at >= ends)
            await timers.CancelAsync(nameof(SurveyRemindersDueEvent), TimerKey(survey.ContentItemId));
        else
            await timers.ScheduleAsync(nameof(SurveyRemindersDueEvent), TimerKey(survey.ContentItemId), at, new Dictionary<string, object?> { ["ContentItemId"] = survey.ContentItemId });
    }

    /// <summary>Reminds those due now, in the caller's transaction, then arms the next timer; answers how many were reminded.</summary>
    public async Task<int> SendDueAsync(ContentItem survey)
    {
        var part = survey.As<SurveyPart>();
        var now = clock.GetUtcNow().UtcDateTime;
        var reminded = 0;
        if (SurveyAvailability.Check(part, survey.Stage ?? "", now) is null && part.ReminderDays > 0)
        {
            var cutoff = now.AddDays(-part.ReminderDays);
            long after = 0;
            while (true)
            {
                var batch = await Waiting(survey.ContentItemId, part).Where(i => (i.RemindedUtc ?? i.SentUtc) <= cutoff && i.Id > after)
                    .OrderBy(i => i.Id).Take(SurveyInvitations.BatchSize).Select(i => new { i.Id, i.Email, i.RemindersSent }).ToListAsync();
                if (batch.Count == 0) break;
                foreach (var invitation in batch)
                {
                    var token = InvitationToken.New();
                    var hash = InvitationToken.Hash(token);
                    var claimed = await session.Set<SurveyInvitation>().Where(i => i.Id == invitation.Id && i.RemindersSent == invitation.RemindersSent)
                        .ExecuteUpdateAsync(s => s.SetProperty(i => i.RemindersSent, invitation.RemindersSent + 1).SetProperty(i => i.RemindedUtc, now).SetProperty(i => i.TokenHash, hash));
                    if (claimed == 0) continue;
                    var (link, optOut) = invitations.Links(survey, token);
                    await email.SendAsync(Reminder(survey, invitation.Email, invitation.RemindersSent + 1, link, optOut) with { Reference = SurveyInvitations.MailReference(invitation.Id) });
                    reminded++;
                }
                after = batch[^1].Id;
            }
        }
        await ScheduleAsync(survey);
        return reminded;
    }

    /// <summary>Recipients sent a link who have not opted out, not answered, and have reminders left.</summary>
    private IQueryable<SurveyInvitation> Waiting(string surveyId, SurveyPart part)
        => session.Set<SurveyInvitation>().AsNoTracking().Where(i => i.SurveyId == surveyId && i.SentUtc != null && i.OptedOutUtc == null && i.RemindersSent < part.ReminderCount
            && !session.Set<SurveyResponse>().Any(r => r.SurveyId == surveyId && r.CompletedUtc != null && r.RespondentKey == SurveyResponseStore.InvitationKeyPrefix + i.Id.ToString()));

    private MailMessage Reminder(ContentItem survey, string to, int number, string link, string optOut)
    {
        var part = survey.As<SurveyPart>();
        var ends = part.EndsUtc?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        using var arabic = CultureScope.Use("ar");
        return new MailMessage
        {
            To = [to], Culture = "ar",
            Subject = T["Reminder {0} of {1}: your opinion is requested: {2}", number, part.ReminderCount, survey.DisplayText].Value,
            TextBody = T["We have not received your answers to the survey “{0}” yet. {1}\n\nAnswer here, or carry on where you stopped (this link replaces the one we sent before and works until {2}):\n{3}\n\nTo receive no more messages about this survey:\n{4}", survey.DisplayText, part.Purpose, ends, link, optOut].Value,
        };
    }
}
