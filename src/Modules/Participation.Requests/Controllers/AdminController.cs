using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Participation.Admin;
using Participation.Files;
using Participation.Notify;
using Participation.Requests.Models;
using Participation.Requests.Services;
using Participation.Security;
using Participation.Users;

namespace Participation.Requests.Controllers;

/// <summary>
/// Case handling: the inbox (an officer sees only their departments' requests), the case page
/// with its history, and the actions — reply, status, internal note, assign, re-route, merge.
/// </summary>
[Admin, Area("Participation.Requests"), Route("admin/requests")]
public sealed class AdminController(
    RequestAccess access,
    RequestInbox inbox,
    CaseQueries caseQueries,
    CaseHandling cases,
    RequestAttachmentStore attachmentStore,
    ResponseFigures figures,
    RequestChanges changes,
    IAuthorizationService authorization,
    INotifier notifier,
    UserManager<ParticipationUser> users,
    IStringLocalizer<AdminController> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? department, RequestStatus? status, string view = "open", string? q = null, string? after = null)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.HandleRequests)) return Forbid();
        return View(await inbox.ListAsync(User, new InboxFilter(department, status, view, q, Participation.Data.KeysetCursor.Parse(after))));
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Case(long id)
    {
        var (request, denied) = await OpenAsync(id);
        if (denied is not null) return denied;
        var model = await caseQueries.CaseAsync(request!);
        model.Change = await changes.FindAsync(id);
        model.CanPublishChange = await authorization.AuthorizeAsync(User, Permissions.PublishRequestChanges);
        return View(model);
    }

    /// <summary>Records (or rewrites) the public one-line summary of the change a suggestion led to.</summary>
    [HttpPost("{id:long}/change")]
    public async Task<IActionResult> Change(long id, string? summary)
    {
        var (request, denied) = await OpenAsync(id);
        if (denied is not null) return denied;
        if (!await authorization.AuthorizeAsync(User, Permissions.PublishRequestChanges)) return Forbid();
        return Back(id, await changes.MarkAsync(request!, summary, await ActorAsync()));
    }

    [HttpPost("{id:long}/change/withdraw")]
    public async Task<IActionResult> WithdrawChange(long id)
    {
        var (request, denied) = await OpenAsync(id);
        if (denied is not null) return denied;
        if (!await authorization.AuthorizeAsync(User, Permissions.PublishRequestChanges)) return Forbid();
        return Back(id, await changes.UnmarkAsync(request!));
    }

    [HttpPost("{id:long}/reply")]
    public async Task<IActionResult> Reply(long id, string? text, RequestStatus? status)
    {
        var (request, denied) = await OpenAsync(id);
        return denied ?? Back(id, await cases.ReplyAsync(request!, text, status, await ActorAsync()));
    }

    [HttpPost("{id:long}/status")]
    public async Task<IActionResult> Status(long id, RequestStatus status)
    {
        var (request, denied) = await OpenAsync(id);
        return denied ?? Back(id, await cases.ChangeStatusAsync(request!, status, await ActorAsync()));
    }

    [HttpPost("{id:long}/note")]
    public async Task<IActionResult> Note(long id, string? text)
    {
        var (request, denied) = await OpenAsync(id);
        return denied ?? Back(id, await cases.NoteAsync(request!, text, await ActorAsync()));
    }

    [HttpPost("{id:long}/assign")]
    public async Task<IActionResult> Assign(long id, string? userId)
    {
        var (request, denied) = await OpenAsync(id);
        return denied ?? Back(id, await cases.AssignAsync(request!, userId, await ActorAsync()));
    }

    [HttpPost("{id:long}/reroute")]
    public async Task<IActionResult> Reroute(long id, string? department, string? reason)
    {
        var (request, denied) = await OpenAsync(id);
        if (denied is not null) return denied;
        if (await cases.RerouteAsync(request!, department, reason, await ActorAsync()) is not { } target) return Back(id, CaseOutcome.Refused("Choose another department."));
        var name = target.Name(System.Globalization.CultureInfo.CurrentUICulture.Name);
        // An officer who sent it away may no longer open it.
        if (!await access.CanOpenAsync(User, request!))
        {
            notifier.Success(T["{0} was referred to {1}.", request!.ReferenceNumber, name]);
            return Redirect("/admin/requests");
        }
        return Back(id, CaseOutcome.Done("Referred to {0}.", name));
    }

    [HttpPost("{id:long}/merge")]
    public async Task<IActionResult> Merge(long id, string? into)
    {
        var (request, denied) = await OpenAsync(id);
        if (denied is not null) return denied;
        var primary = await caseQueries.FindByNumberAsync(into);
        if (primary is null || !await access.CanOpenAsync(User, primary)) return Back(id, CaseOutcome.Refused("No request you can open has this reference number."));
        return Back(id, await cases.MergeAsync(request!, primary, await ActorAsync()));
    }

    [HttpGet("{id:long}/files/{fileId}")]
    public async Task<IActionResult> Attachment(long id, string fileId)
    {
        var (request, denied) = await OpenAsync(id);
        if (denied is not null) return denied;
        return await attachmentStore.OpenAsync(request!.Id, fileId) is { } file ? new StoredFileResult(file.Content, file.Attachment.FileName, file.Attachment.Extension) : NotFound();
    }

    [HttpGet("figures")]
    public async Task<IActionResult> Figures(DateOnly? from, DateOnly? to)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ManageAllRequests)) return Forbid();
        if (!ResponseFigures.IsReportable(from) || !ResponseFigures.IsReportable(to)) return BadRequest();
        return View(await figures.ReportAsync(from, to));
    }

    /// <summary>The request, if there is one and this staff member may open it; else the answer to give.</summary>
    private async Task<(ServiceRequest? Request, IActionResult? Denied)> OpenAsync(long id)
    {
        var request = await caseQueries.FindAsync(id);
        if (request is null) return (null, NotFound());
        return await access.CanOpenAsync(User, request) ? (request, null) : (null, Forbid());
    }

    private async Task<Actor> ActorAsync()
    {
        var user = await users.GetUserAsync(User);
        return new Actor(user?.Id, user?.DisplayName);
    }

    private RedirectResult Back(long id, CaseOutcome outcome)
    {
        notifier.Add(outcome.Succeeded ? NotifyType.Success : NotifyType.Error, T[outcome.Message, outcome.Arguments]);
        return Redirect($"/admin/requests/{id}");
    }
}
