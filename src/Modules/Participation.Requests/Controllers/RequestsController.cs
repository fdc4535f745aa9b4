using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Data;
using Participation.Departments;
using Participation.Http;
using Participation.Localization;
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
    CaseHandling cases,
    RequestSettingsStore settingsStore,
    RequestAttachmentStore attachmentStore,
    IHumanVerification humanVerification,
    IDataSession session,
    IDateDisplay dates,
    UserManager<ParticipationUser> users,
    IStringLocalizer<RequestsController> T) : Controller
{
    /// <summary>Bots fill every field; people never see this one.</summary>
    public const string Honeypot = "Website";

    private static string Culture => CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "ar";

    [HttpGet("")]
    public IActionResult Index() => View();

    [HttpGet("{kind:regex(^(suggestion|complaint|contact)$)}")]
    public async Task<IActionResult> Form(string kind)
    {
        var model = await FormModelAsync(ParseKind(kind), new RequestSubmission { Kind = ParseKind(kind) });
        if (User.Identity?.IsAuthenticated == true && await users.GetUserAsync(User) is { } user)
        {
            model.Values.Name = user.DisplayName;
            model.Values.Email = user.Email;
        }
        return View(model);
    }

    [HttpPost("{kind:regex(^(suggestion|complaint|contact)$)}"), EnableRateLimiting(RateLimitPolicies.PublicWrite), RequestSizeLimit(40 * 1024 * 1024)]
    public async Task<IActionResult> Submit(string kind, List<IFormFile>? attachments)
    {
        var requestKind = ParseKind(kind);
        var form = Request.Form;
        var submission = new RequestSubmission
        {
            Kind = requestKind, Name = form["Name"], Email = form["Email"], Category = form["Category"], Target = form["Target"],
            Subject = form["Subject"], Message = form["Message"],
        };
        var settings = await settingsStore.GetAsync();
        foreach (var field in settings.Fields.Where(f => f.Kind is null || f.Kind == requestKind)) submission.Fields[field.Name] = form["Field." + field.Name];
        var files = (attachments ?? []).Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).ToList();

        IReadOnlyList<FieldProblem> problems;
        if (!string.IsNullOrEmpty(form[Honeypot]) || !await humanVerification.VerifyAsync(HttpContext))
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
        var request = await FindAsync(reference, code);
        if (request is null) return NotFound();
        var settings = await settingsStore.GetAsync();
        ViewData["Commitment"] = RequestVocabulary.Commitment(settings.ResponseHours, settings.Calendar, dates.FormatDateTime(request.DueUtc, Culture), Culture);
        return View(request);
    }

    [HttpGet("track")]
    public IActionResult Track() => View("TrackLookup");

    [HttpPost("track"), EnableRateLimiting(RateLimitPolicies.PublicWrite)]
    public async Task<IActionResult> Track(string? reference, string? email)
    {
        var number = ReferenceNumbers.Normalize(reference);
        var address = email?.Trim() ?? "";
        var request = number.Length == 0 || address.Length == 0 ? null
            : await session.Set<ServiceRequest>().AsNoTracking().FirstOrDefaultAsync(r => r.ReferenceNumber == number);
        if (request is null || !string.Equals(request.Email, address, StringComparison.OrdinalIgnoreCase))
        {
            ViewData["Error"] = T["We found no request with this reference number and email address. Check both and try again."].Value;
            ViewData["Reference"] = reference;
            ViewData["Email"] = email;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View("TrackLookup");
        }
        return Redirect($"/requests/track/{request.ReferenceNumber}?code={request.AccessCode}");
    }

    [HttpGet("track/{reference}")]
    public async Task<IActionResult> Follow(string reference, string? code)
    {
        var request = await FindAsync(reference, code);
        if (request is null) return NotFound();
        var history = await session.Set<RequestEntry>().AsNoTracking().Where(e => e.RequestId == request.Id && e.IsPublic).OrderBy(e => e.Id).ToListAsync();
        var settings = await settingsStore.GetAsync();
        var department = request.DepartmentKey is null ? null : await session.Set<Department>().AsNoTracking().FirstOrDefaultAsync(d => d.Key == request.DepartmentKey);
        return View(new TrackViewModel
        {
            Request = request,
            History = history,
            Attachments = await session.Set<RequestAttachment>().AsNoTracking().Where(a => a.RequestId == request.Id).OrderBy(a => a.UploadedUtc).ToListAsync(),
            DepartmentName = department?.Name(Culture) ?? "",
            CategoryName = settings.Categories.FirstOrDefault(c => c.Key == request.Category)?.Name(Culture) ?? "",
            Code = code,
            MergedInto = request.MergedIntoId is { } merged ? await session.Set<ServiceRequest>().Where(r => r.Id == merged).Select(r => r.ReferenceNumber).FirstOrDefaultAsync() : null,
            AttachmentRules = settings.Attachments,
        });
    }

    [HttpPost("track/{reference}/information"), EnableRateLimiting(RateLimitPolicies.PublicWrite), RequestSizeLimit(40 * 1024 * 1024)]
    public async Task<IActionResult> AddInformation(string reference, string? code, string? text, List<IFormFile>? attachments)
    {
        var request = await FindAsync(reference, code, tracked: true);
        if (request is null) return NotFound();
        var back = $"/requests/track/{request.ReferenceNumber}{(code is null ? "" : "?code=" + code)}";
        var files = (attachments ?? []).Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).ToList();
        string? error = null;
        if (request.Status == RequestStatus.Closed || request.MergedIntoId is not null) error = T["This request is closed. To raise something new, send a new request."].Value;
        else if (string.IsNullOrWhiteSpace(text)) error = T["Write the information you want to add."].Value;
        else if (text.Trim().Length > RequestFormValidator.MaxMessage) error = T["Keep the message under {0} characters.", RequestFormValidator.MaxMessage].Value;
        else if (await attachmentStore.CheckAsync(files, (await settingsStore.GetAsync()).Attachments) is { } problem)
            error = T[problem.Message, problem.Arguments].Value;
        if (error is not null)
        {
            TempData["Error"] = error;
            TempData["Draft"] = text;
            return Redirect(back + "#add-information");
        }
        await cases.AddInformationAsync(request, text!, files);
        TempData["Notice"] = T["Thank you: your information was added and the department told."].Value;
        return Redirect(back);
    }

    [HttpPost("track/{reference}/rating"), EnableRateLimiting(RateLimitPolicies.PublicWrite)]
    public async Task<IActionResult> Rate(string reference, string? code, int? rating, string? comment)
    {
        var request = await FindAsync(reference, code, tracked: true);
        if (request is null) return NotFound();
        var back = $"/requests/track/{request.ReferenceNumber}{(code is null ? "" : "?code=" + code)}";
        if (request.Status is not (RequestStatus.Answered or RequestStatus.Closed) || request.Rating is not null)
            TempData["Error"] = T["You can rate the answer once, after it arrives."].Value;
        else if (rating is not (>= 1 and <= 5))
            TempData["Error"] = T["Choose a rating from 1 to 5."].Value;
        else
        {
            await cases.RateAsync(request, rating.Value, comment?.Length > 1000 ? comment[..1000] : comment);
            TempData["Notice"] = T["Thank you for rating the answer."].Value;
        }
        return Redirect(back);
    }

    [HttpGet("track/{reference}/files/{id}")]
    public async Task<IActionResult> Attachment(string reference, string id, string? code)
    {
        var request = await FindAsync(reference, code);
        var attachment = request is null ? null : await session.Set<RequestAttachment>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.RequestId == request.Id);
        if (attachment is null || !System.IO.File.Exists(attachmentStore.PathOf(attachment))) return NotFound();
        return PhysicalFile(attachmentStore.PathOf(attachment), Participation.Files.UploadedFileCheck.ContentTypeOf(attachment.Extension), attachment.FileName);
    }

    [Authorize, HttpGet("mine")]
    public async Task<IActionResult> Mine()
    {
        var userId = users.GetUserId(User);
        return View(await session.Set<ServiceRequest>().AsNoTracking().Where(r => r.UserId == userId).OrderByDescending(r => r.SubmittedUtc).ToListAsync());
    }

    /// <summary>The request, if the visitor may see it: the emailed code, or their own account.</summary>
    private async Task<ServiceRequest?> FindAsync(string reference, string? code, bool tracked = false)
    {
        var number = ReferenceNumbers.Normalize(reference);
        var query = session.Set<ServiceRequest>().Where(r => r.ReferenceNumber == number);
        var request = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync();
        if (request is null) return null;
        if (!string.IsNullOrEmpty(code) && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.ASCII.GetBytes(code), System.Text.Encoding.ASCII.GetBytes(request.AccessCode))) return request;
        return User.Identity?.IsAuthenticated == true && request.UserId is not null && request.UserId == users.GetUserId(User) ? request : null;
    }

    private async Task<RequestFormViewModel> FormModelAsync(RequestKind kind, RequestSubmission values)
    {
        var settings = await settingsStore.GetAsync();
        var addressees = await intake.AddresseesAsync(kind);
        var validator = new RequestFormValidator(settings, [.. addressees.Select(a => a.Key)]);
        return new RequestFormViewModel
        {
            Kind = kind,
            Values = values,
            Categories = [.. validator.CategoriesFor(kind)],
            Fields = [.. validator.FieldsFor(kind)],
            Addressees = addressees,
            Attachments = settings.Attachments,
            CaptchaHtml = humanVerification.WidgetHtml(HttpContext),
            ResponseCommitment = RequestVocabulary.Commitment(settings.ResponseHours, settings.Calendar, null, Culture),
        };
    }

    private static RequestKind ParseKind(string kind) => Enum.Parse<RequestKind>(kind, ignoreCase: true);
}
