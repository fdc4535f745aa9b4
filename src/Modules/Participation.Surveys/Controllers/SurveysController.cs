using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Caching;
using Participation.ContentManagement;
using Participation.Data;
using Participation.Http;
using Participation.Surveys.Domain;
using Participation.Surveys.Models;
using Participation.Surveys.Services;
using Participation.Surveys.ViewModels;
using Participation.Users;

namespace Participation.Surveys.Controllers;

/// <summary>The public side: the open surveys, answering a section at a time, and the thank-you page.</summary>
[Area("Participation.Surveys"), Route("surveys")]
public sealed class SurveysController(IContentManager contentManager, IDataSession session, SurveyAnswering answering, SurveyInvitations invitations, SurveyResponseStore responses, UserManager<ParticipationUser> users, TimeProvider clock, IStringLocalizer<SurveysController> T) : Controller
{
    private const int PageSize = 20;
    /// <summary>The anonymous browser's random id: all an anonymous survey knows of its respondent.</summary>
    public const string BrowserCookie = "participation-survey";

    [HttpGet(""), SharedTemplate, OutputCache(PolicyName = PublicPage.Policy, Tags = [CacheTags.ContentTypePrefix + ContentTypes.Survey])]
    public async Task<IActionResult> Index(string? after)
    {
        var query = session.Set<ContentItem>().AsNoTracking().Where(x => x.Published && x.ContentType == ContentTypes.Survey && x.Stage == SurveyLifecycle.Open);
        if (KeysetCursor.Parse(after) is { } cursor)
            query = query.Where(x => x.PublishedUtc < cursor.At || (x.PublishedUtc == cursor.At && x.Id < cursor.Id));
        var surveys = await query.OrderByDescending(x => x.PublishedUtc).ThenByDescending(x => x.Id).Take(PageSize + 1).ToListAsync();
        var shown = surveys.Take(PageSize).ToList();
        return View(new SurveyListViewModel
        {
            Surveys = shown,
            Next = surveys.Count > PageSize ? new KeysetCursor(shown[^1].PublishedUtc.GetValueOrDefault(), shown[^1].Id).ToString() : null,
        });
    }

    [HttpGet("{id}/answer")]
    public async Task<IActionResult> Answer(string id, string? section, string? token)
    {
        if (await SurveyAsync(id) is not { } survey) return NotFound();
        var (key, refused) = await RespondentKeyAsync(survey, token);
        if (refused is not null) return Closed(survey, refused);
        if (key is null) return Challenge();
        var part = survey.As<SurveyPart>();
        if (SurveyAvailability.Check(part, survey.Stage ?? "", clock.GetUtcNow().UtcDateTime) is { } closed) return Closed(survey, closed);
        var (response, answers) = await answering.OpenAsync(survey, key);
        if (response.CompletedUtc is not null) return RedirectToAction(nameof(Thanks), new { id });
        var shown = SurveyAnswering.SectionToShow(part, response, answers, section);
        return shown is null ? NotFound() : View(Form(survey, answers, shown.Id, SavedValues(part, answers), new Dictionary<string, AnswerProblem>(), token));
    }

    [HttpPost("{id}/answer"), EnableRateLimiting(RateLimitPolicies.Votes)]
    public async Task<IActionResult> SaveSection(string id, string sectionId, string? token)
    {
        if (await SurveyAsync(id) is not { } survey) return NotFound();
        var (key, refused) = await RespondentKeyAsync(survey, token);
        if (refused is not null) return Closed(survey, refused);
        if (key is null) return Challenge();
        var part = survey.As<SurveyPart>();
        if (SurveyAvailability.Check(part, survey.Stage ?? "", clock.GetUtcNow().UtcDateTime) is { } closed) return Closed(survey, closed);
        var (response, answers) = await answering.OpenAsync(survey, key);
        IReadOnlyList<string> Posted(string field) => Request.Form.TryGetValue(field, out var v) ? [.. v.Select(x => x ?? "")] : [];
        var outcome = await answering.PostAsync(survey, response, sectionId, Posted);
        if (outcome.Submitted) return RedirectToAction(nameof(Thanks), new { id });
        if (outcome.Refusal is { } refusal)
        {
            if (refusal == SurveyAnswering.AlreadySubmitted) return RedirectToAction(nameof(Thanks), new { id });
            ModelState.AddModelError("", T[refusal.Message, refusal.Arguments]);
            var again = outcome.NextSectionId ?? SurveyAnswering.SectionToShow(part, response, answers, sectionId)?.Id ?? "";
            var saved = await answering.OpenAsync(survey, key);
            return View(nameof(Answer), Form(survey, saved.Answers, again, SavedValues(part, saved.Answers), outcome.Problems, token));
        }
        if (outcome.Problems.Count > 0)
        {
            foreach (var (field, problem) in outcome.Problems) ModelState.AddModelError(field, T[problem.Message, problem.Arguments]);
            return View(nameof(Answer), Form(survey, answers, sectionId, Posted, outcome.Problems, token));
        }
        return RedirectToAction(nameof(Answer), new { id, section = outcome.NextSectionId, token });
    }

    [HttpGet("{id}/thanks")]
    public async Task<IActionResult> Thanks(string id)
    {
        if (await SurveyAsync(id) is not { } survey) return NotFound();
        ViewData["Title"] = survey.DisplayText;
        return View(survey);
    }

    private async Task<ContentItem?> SurveyAsync(string id)
        => await contentManager.GetAsync(id) is { ContentType: ContentTypes.Survey } survey ? survey : null;

    private IActionResult Closed(ContentItem survey, AnswerProblem problem)
    {
        ViewData["Title"] = survey.DisplayText;
        ViewData["Problem"] = T[problem.Message, problem.Arguments].Value;
        return View("Closed", survey);
    }

    /// <summary>The opt-out page of an invitation: a button, so that a link preview cannot opt anyone out.</summary>
    [HttpGet("{id}/opt-out")]
    public async Task<IActionResult> OptOut(string id, string? token)
    {
        if (await SurveyAsync(id) is not { } survey || await invitations.FindAsync(token) is not { } invitation || invitation.SurveyId != id) return NotFound();
        ViewData["Title"] = survey.DisplayText;
        ViewData["Token"] = token;
        ViewData["Done"] = invitation.OptedOutUtc is not null;
        return View(survey);
    }

    [HttpPost("{id}/opt-out"), EnableRateLimiting(RateLimitPolicies.Votes)]
    public async Task<IActionResult> ConfirmOptOut(string id, string? token)
    {
        if (await SurveyAsync(id) is null || await invitations.FindAsync(token) is not { } invitation || invitation.SurveyId != id) return NotFound();
        await invitations.OptOutAsync(invitation);
        return RedirectToAction(nameof(OptOut), new { id, token });
    }

    /// <summary>
    /// Signed-in surveys know the account (null: sign in first). Invitation surveys know the
    /// invitation behind a valid token (a problem otherwise). Anonymous ones know only a random
    /// cookie given to this browser, never the account, even of a signed-in person.
    /// </summary>
    private async Task<(string? Key, AnswerProblem? Problem)> RespondentKeyAsync(ContentItem survey, string? token)
    {
        var access = survey.As<SurveyPart>().Access;
        if (access == SurveyAccess.Invitation)
        {
            var invitation = await invitations.FindAsync(token);
            var key = SurveyResponseStore.InvitationKeyPrefix + invitation?.Id.ToString(CultureInfo.InvariantCulture);
            var responded = invitation is not null && await responses.FindAsync(survey.ContentItemId, key) is { CompletedUtc: not null };
            return InvitationToken.Check(invitation, survey.ContentItemId, responded) is { } problem ? (null, problem) : (key, null);
        }
        if (access == SurveyAccess.SignedIn)
            return (User.Identity?.IsAuthenticated == true ? "u:" + users.GetUserId(User) : null, null);
        if (Request.Cookies.TryGetValue(BrowserCookie, out var browser) && browser.Length == 32 && browser.All(char.IsAsciiHexDigitLower)) return ("b:" + browser, null);
        browser = Guid.NewGuid().ToString("N");
        Response.Cookies.Append(BrowserCookie, browser, new CookieOptions { HttpOnly = true, Secure = Request.IsHttps, SameSite = SameSiteMode.Lax, IsEssential = true, MaxAge = TimeSpan.FromDays(365), Path = "/surveys" });
        return ("b:" + browser, null);
    }

    private static Func<string, IReadOnlyList<string>> SavedValues(SurveyPart part, IReadOnlyDictionary<string, IReadOnlyList<AnswerValue>> answers)
    {
        var fields = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var q in part.Questions)
            if (answers.TryGetValue(q.Id, out var values))
                foreach (var (field, list) in AnswerRules.Fields(q, values)) fields[field] = list;
        return field => fields.TryGetValue(field, out var list) ? list : [];
    }

    private static SurveyFormViewModel Form(ContentItem survey, IReadOnlyDictionary<string, IReadOnlyList<AnswerValue>> answers, string sectionId, Func<string, IReadOnlyList<string>> values, IReadOnlyDictionary<string, AnswerProblem> problems, string? token)
    {
        var part = survey.As<SurveyPart>();
        var visible = SurveyConditions.Visible(part, answers);
        var at = Math.Max(0, visible.Select(v => v.Section.Id).ToList().IndexOf(sectionId));
        // A question whose condition is on the same page is shown with its condition as a hint (no script decides); posting checks it.
        var (section, applying) = visible[at];
        var questions = section.Questions.Where(q => applying.Contains(q) || (q.Condition is { } c && section.Questions.Any(o => o.Id == c.QuestionId))).ToList();
        return new SurveyFormViewModel
        {
            SurveyId = survey.ContentItemId, Title = survey.DisplayText, Part = part, Culture = CultureInfo.CurrentUICulture.Name,
            Sections = [(section, questions)], Values = values, Problems = problems,
            Token = token, SectionNumber = at + 1, SectionCount = visible.Count, PreviousSectionId = at > 0 ? visible[at - 1].Section.Id : null, IsLast = at == visible.Count - 1,
        };
    }
}
