using Participation.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.ContentManagement;
using Participation.Data;
using Participation.Email;
using Participation.Surveys.Models;

namespace Participation.Surveys.Services;

/// <summary>Who is invited to rate an answer: a request's participant, about that request, as the request's event tells.</summary>
public sealed record AnsweredRequest(string ReferenceNumber, string Email, string Name, string Culture, string? DepartmentKey, bool OptedIn, string Status);

/// <summary>
/// The satisfaction loop of requests: once a request is answered or closed, a participant who
/// asked for it on the request form is invited to the open follow-up survey (an invitation
/// survey marked to follow requests), once per request, with a single-use link through the
/// outbox. The response then counts for the department that answered.
/// </summary>
public sealed class AnswerFollowUp(IDataSession session, SurveyInvitations invitations, IStringLocalizer<AnswerFollowUp> T)
{
    /// <summary>The open follow-up survey, newest first; null when there is none.</summary>
    public async Task<ContentItem?> SurveyAsync()
    {
        // Open surveys are few (staff make them), so their parts are read rather than indexed.
        var open = await session.Set<ContentItem>().AsNoTracking()
            .Where(x => x.Published && x.ContentType == ContentTypes.Survey && x.Stage == SurveyLifecycle.Open)
            .OrderByDescending(x => x.PublishedUtc).ThenByDescending(x => x.Id).ToListAsync();
        return open.FirstOrDefault(x => x.As<SurveyPart>() is { FollowsRequests: true, Access: SurveyAccess.Invitation });
    }

    /// <summary>Invites the participant when they opted in and the request is answered or closed; false when nobody was invited.</summary>
    public async Task<bool> InviteAsync(AnsweredRequest request)
    {
        if (!request.OptedIn || request.Status is not ("Answered" or "Closed") || string.IsNullOrWhiteSpace(request.Email)) return false;
        if (await SurveyAsync() is not { } survey) return false;
        return await invitations.InviteAsync(survey, request.Email.Trim(), request.ReferenceNumber, request.DepartmentKey, (link, optOut) => Message(survey, request, link, optOut));
    }

    private MailMessage Message(ContentItem survey, AnsweredRequest request, string link, string optOut)
    {
        var culture = request.Culture == "en" ? "en" : "ar";
        using var language = CultureScope.Use(culture);
        return new MailMessage
        {
            To = [request.Email.Trim()], Culture = culture,
            Subject = T["How satisfied are you with the answer to {0}?", request.ReferenceNumber].Value,
            TextBody = T["Hello {0},\n\nYou asked to be asked about the answer to your request {1}. The survey “{2}” takes a minute:\n{3}\n\nThis link is yours alone and works once. Your answers reach the agency without your name.\n\nTo receive no more messages about this survey:\n{4}", request.Name, request.ReferenceNumber, survey.DisplayText, link, optOut].Value,
        };
    }
}
