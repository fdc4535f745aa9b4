using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Participation.Caching;
using Participation.Files;
using Participation.Http;
using Participation.Mvc;
using Participation.Notify;
using Participation.Requests.Domain;
using Participation.Requests.Models;
using Participation.Requests.Services;
using Participation.Requests.ViewModels;
using Participation.Users;

namespace Participation.Requests.Controllers;

/// <summary>
/// The public side: the three forms, the acknowledgement page, tracking by reference number
/// and email (or the emailed link, or one's account), adding information and rating the answer.
/// A wrong number and a wrong email get the same answer, so nothing tells a guesser a number exists.
/// </summary>
[Area("Participation.Requests"), Route("requests")]
public sealed class RequestsController(
    RequestIntake intake,
    RequestTracking tracking,
    CaseHandling cases,
    RequestSettingsStore settingsStore,
    RequestAttachmentStore attachmentStore,
    IHumanVerification humanVerification,
    INotifier notifier,
    IDraftStore drafts,
    UserManager<ParticipationUser> users,
    IAccountSummaries accounts,
    IPageCache pageCache,
    IAntiforgery antiforgery,
    IStringLocalizer<RequestsController> T) : Controller
{
    /// <summary>Bots fill every field; people never see this one.</summary>
    public const string Honeypot = "Website";

    /// <summary>What the participant typed when adding information was refused, shown again in the form.</summary>
    public const string DraftKey = "Draft";

    private static string Culture => CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "ar";

    [HttpGet(""), SharedTemplate, OutputCache(PolicyName = PublicPage.Policy)]
    public IActionResult Index() => View();

    /// <summary>
    /// A visitor is served the form from the output cache, without a token: the page's script fetches
    /// one when the form is used (<see cref="FormTokenFetchedAttribute"/>). A signed-in person's form
    /// comes filled with their name and email, so it is rendered for them.
    /// </summary>
    [HttpGet("{kind:regex(^(suggestion|complaint|contact)$)}"), FormTokenFetched, OutputCache(PolicyName = PublicPage.Policy)]
    public async Task<IActionResult> Form(string kind)
    {
        var model = await FormModelAsync(ParseKind(kind), new RequestSubmission { Kind = ParseKind(kind) });
        if (await accounts.GetAsync(User) is { } person)
        {
            model.Values.Name = person.DisplayName;
            model.Values.Email = person.Email;
        }
        return View(model);
    }

    /// <summary>
    /// The token is checked here rather than by the site's filter: a form sent without one (from the
    /// cached page, without script) comes back with everything typed and a token of the sender's own,
    /// to send again; nothing is filed without a valid token.
    /// </summary>
    [HttpPost("{kind:regex(^(suggestion|complaint|contact)$)}"), IgnoreAntiforgeryToken, EnableRateLimiting(RateLimitPolicies.Requests), RequestSizeLimit(40 * 1024 * 1024), RequestFormLimits(ValueLengthLimit = 64 * 1024, MultipartBodyLengthLimit = 40 * 1024 * 1024)]
    public async Task<IActionResult> Submit(string kind, List<IFormFile>? attachments)
    {
        var requestKind = ParseKind(kind);
        bool tokenValid;
        // A body the form reader refuses (over its limits) is answered 400, as the site's filter does.
        try { tokenValid = await antiforgery.IsRequestValidAsync(HttpContext); }
        catch (AntiforgeryValidationException) { return BadRequest(); }
        var form = Request.Form;
        var submission = new RequestSubmission
        {
            Kind = requestKind, Name = form["Name"], Email = form["Email"], Category = form["Category"], Target = form["Target"],
            Subject = form["Subject"], Message = form["Message"], SatisfactionSurvey = form["SatisfactionSurvey"] == "true",
        };
        var settings = await settingsStore.GetAsync();
        foreach (var field in settings.Fields.Where(f => f.Kind is null || f.Kind == requestKind)) submission.Fields[field.Name] = form["Field." + field.Name];
        var files = Chosen(attachments);

        IReadOnlyList<FieldProblem> problems;
        if (!tokenValid)
            problems = [new FieldProblem("", files.Count > 0
                ? "Your request is not sent yet: check it, choose your files again and send it once more."
                : "Your request is not sent yet: check it and send it once more.")];
        else if (!string.IsNullOrEmpty(form[Honeypot]) || !await humanVerification.VerifyAsync(HttpContext))
            problems = [new FieldProblem("", "We could not accept this form. Please try again.")];
        else
        {
            var userId = User.Identity?.IsAuthenticated == true ? users.GetUserId(User) : null;
            var result = await intake.SubmitAsync(submission, files, userId, Culture);
            if (result.Request is { } accepted) return Redirect($"/requests/sent/{accepted.ReferenceNumber}?code={accepted.AccessCode}");
            problems = result.Problems;
        }
        // Everything typed comes back; only the files must be chosen again.
        var model = await FormModelAsync(requestKind, submission);
        foreach (var problem in problems) model.Errors.TryAdd(problem.Field, T[problem.Message, problem.Arguments].Value);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Form", model);
    }

    [HttpGet("sent/{reference}")]
    public async Task<IActionResult> Sent(string reference, string? code)
    {
        var request = await tracking.FindAsync(reference, code, User);
        if (request is null) return NotFound();
        ViewData["Commitment"] = await tracking.CommitmentAsync(request, Culture);
        return View(request);
    }

    [HttpGet("track"), SharedTemplate(Visitors = true)]
    public IActionResult Track() => View("TrackLookup");

    [HttpPost("track"), EnableRateLimiting(RateLimitPolicies.Requests)]
    public async Task<IActionResult> Track(string? reference, string? email)
    {
        if (await tracking.FindByEmailAsync(reference, email) is { } request) return Redirect($"/requests/track/{request.ReferenceNumber}?code={request.AccessCode}");
        ViewData["Error"] = T["We found no request with this reference number and email address. Check both and try again."].Value;
        ViewData["Reference"] = reference;
        ViewData["Email"] = email;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("TrackLookup");
    }

    [HttpGet("track/{reference}")]
    public async Task<IActionResult> Follow(string reference, string? code)
    {
        var request = await tracking.FindAsync(reference, code, User);
        if (request is null) return NotFound();
        return View(await tracking.TrackingAsync(request, code, Culture));
    }

    [HttpPost("track/{reference}/information"), EnableRateLimiting(RateLimitPolicies.Requests), RequestSizeLimit(40 * 1024 * 1024), RequestFormLimits(ValueLengthLimit = 64 * 1024, MultipartBodyLengthLimit = 40 * 1024 * 1024)]
    public async Task<IActionResult> AddInformation(string reference, string? code, string? text, List<IFormFile>? attachments)
    {
        var request = await tracking.FindAsync(reference, code, User, tracked: true);
        if (request is null) return NotFound();
        var outcome = await cases.AddInformationAsync(request, text, Chosen(attachments));
        Notify(outcome);
        if (outcome.Succeeded) return Redirect(TrackingPath(request, code));
        await drafts.KeepAsync(DraftKey, text); // nothing the participant typed is lost
        return Redirect(TrackingPath(request, code) + "#add-information");
    }

    [HttpPost("track/{reference}/rating"), EnableRateLimiting(RateLimitPolicies.Requests)]
    public async Task<IActionResult> Rate(string reference, string? code, int? rating, string? comment)
    {
        var request = await tracking.FindAsync(reference, code, User, tracked: true);
        if (request is null) return NotFound();
        Notify(await cases.RateAsync(request, rating, comment));
        return Redirect(TrackingPath(request, code));
    }

    [HttpGet("track/{reference}/files/{id}")]
    public async Task<IActionResult> Attachment(string reference, string id, string? code)
    {
        var request = await tracking.FindAsync(reference, code, User);
        return request is not null && await attachmentStore.OpenAsync(request.Id, id) is { } file
            ? new StoredFileResult(file.Content, file.Attachment.FileName, file.Attachment.Extension)
            : NotFound();
    }

    [Authorize, HttpGet("mine")]
    public async Task<IActionResult> Mine() => View(await tracking.MineAsync(User));

    private async Task<RequestFormViewModel> FormModelAsync(RequestKind kind, RequestSubmission values)
    {
        var model = await intake.FormAsync(kind, values, Culture);
        model.CaptchaHtml = humanVerification.WidgetHtml(HttpContext);
        // A site's CAPTCHA may hand each visitor a challenge of their own.
        if (model.CaptchaHtml is not null) pageCache.KeepPersonal();
        return model;
    }

    private void Notify(CaseOutcome outcome) => notifier.Add(outcome.Succeeded ? NotifyType.Success : NotifyType.Error, T[outcome.Message, outcome.Arguments]);

    /// <summary>The files actually chosen: a form posts an empty one when none is.</summary>
    private static List<IFormFile> Chosen(List<IFormFile>? attachments) => [.. (attachments ?? []).Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName))];

    private static string TrackingPath(ServiceRequest request, string? code) => $"/requests/track/{request.ReferenceNumber}{(code is null ? "" : "?code=" + code)}";

    private static RequestKind ParseKind(string kind) => Enum.Parse<RequestKind>(kind, ignoreCase: true);
}
