using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Participation.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Admin;
using Participation.AuditTrail;
using Participation.Data;
using Participation.Departments;
using Participation.Requests.Domain;
using Participation.Requests.Models;
using Participation.Requests.Services;
using Participation.Requests.ViewModels;
using Participation.Users;

namespace Participation.Requests.Controllers;

/// <summary>
/// Case handling: the inbox (an officer sees only their departments' requests), the case page
/// with its history, and the actions — reply, status, internal note, assign, re-route, merge.
/// </summary>
[Admin, Area("Participation.Requests"), Route("admin/requests")]
public sealed class AdminController(
    RequestAccess access,
    CaseHandling cases,
    RequestSettingsStore settingsStore,
    RequestAttachmentStore attachmentStore,
    ResponseFigures figures,
    IDataSession session,
    IAuthorizationService authorization,
    IAuditTrail audit,
    UserManager<ParticipationUser> users,
    TimeProvider clock,
    IStringLocalizer<AdminController> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? department, RequestStatus? status, string view = "open", string? q = null)
    {
        if (!await CanHandleAsync()) return Forbid();
        var settings = await settingsStore.GetAsync();
        var responseClock = await settingsStore.ClockAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        var query = (await access.VisibleAsync(User)).AsNoTracking();
        if (!string.IsNullOrEmpty(department)) query = query.Where(r => r.DepartmentKey == department);
        if (status is not null) query = query.Where(r => r.Status == status);
        var me = users.GetUserId(User);
        query = view switch
        {
            "all" => query,
            "mine" => query.Where(r => r.AssignedUserId == me && r.Status != RequestStatus.Answered && r.Status != RequestStatus.Closed),
            "unassigned" => query.Where(r => r.AssignedUserId == null && r.Status != RequestStatus.Answered && r.Status != RequestStatus.Closed),
            _ => query.Where(r => r.Status != RequestStatus.Answered && r.Status != RequestStatus.Closed),
        };
        if (!string.IsNullOrWhiteSpace(q))
        {
            var number = ReferenceNumbers.Normalize(q);
            query = query.Where(r => r.ReferenceNumber == number || r.Subject.Contains(q.Trim()));
        }
        var rows = await query.OrderBy(r => r.DueUtc).Take(500).ToListAsync();
        // Overdue and due-soon are office-hours questions: asked of the loaded page, not of SQL.
        if (view == "overdue") rows = [.. rows.Where(r => responseClock.IsOverdue(r, now))];
        if (view == "duesoon") rows = [.. rows.Where(r => responseClock.IsDueSoon(r, now, settings.DueSoonHours))];
        var visible = await access.DepartmentsAsync(User);
        var assignees = rows.Where(r => r.AssignedUserId is not null).Select(r => r.AssignedUserId!).Distinct().ToList();
        return View(new InboxViewModel
        {
            Requests = rows,
            Departments = await session.Set<Department>().AsNoTracking().Where(d => visible == null || visible.Contains(d.Key)).OrderBy(d => d.NameAr).ToListAsync(),
            Department = department, Status = status, View = view, Query = q, NowUtc = now, Clock = responseClock, DueSoonHours = settings.DueSoonHours,
            AssigneeNames = await session.Set<ParticipationUser>().Where(u => assignees.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName),
        });
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Case(long id)
    {
        var request = await session.Set<ServiceRequest>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id);
        if (request is null) return NotFound();
        if (!await access.CanOpenAsync(User, request)) return Forbid();
        var settings = await settingsStore.GetAsync();
        var officers = await (from m in session.Set<DepartmentMember>()
                              join u in session.Set<ParticipationUser>() on m.UserId equals u.Id
                              where m.DepartmentKey == request.DepartmentKey
                              orderby u.DisplayName
                              select new { u.Id, u.DisplayName }).ToListAsync();
        return View(new CaseViewModel
        {
            Request = request,
            History = await session.Set<RequestEntry>().AsNoTracking().Where(e => e.RequestId == id).OrderBy(e => e.Id).ToListAsync(),
            Attachments = await session.Set<RequestAttachment>().AsNoTracking().Where(a => a.RequestId == id).OrderBy(a => a.UploadedUtc).ToListAsync(),
            Departments = await session.Set<Department>().AsNoTracking().Where(d => d.IsActive).OrderBy(d => d.Kind).ThenBy(d => d.NameAr).ToListAsync(),
            Officers = [.. officers.Select(o => (o.Id, o.DisplayName))],
            Fields = settings.Fields,
            FieldValues = JsonSerializer.Deserialize<Dictionary<string, string>>(request.Fields) ?? [],
            CategoryName = settings.Categories.FirstOrDefault(c => c.Key == request.Category)?.Name(System.Globalization.CultureInfo.CurrentUICulture.Name) ?? request.Category ?? "",
            NowUtc = clock.GetUtcNow().UtcDateTime,
            Clock = await settingsStore.ClockAsync(),
            MergedInto = request.MergedIntoId is { } merged ? await session.Set<ServiceRequest>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == merged) : null,
            Duplicates = await session.Set<ServiceRequest>().AsNoTracking().Where(r => r.MergedIntoId == id).ToListAsync(),
        });
    }

    [HttpPost("{id:long}/reply")]
    public async Task<IActionResult> Reply(long id, string? text, RequestStatus? status)
    {
        var (request, denied) = await OpenAsync(id);
        if (denied is not null) return denied;
        if (string.IsNullOrWhiteSpace(text)) return Back(id, T["Write the reply."].Value, error: true);
        if (!await cases.ReplyAsync(request!, text, status, await ActorAsync())) return Back(id, T["The request cannot move from “{0}” to “{1}”.", StatusName(request!.Status), StatusName(status!.Value)].Value, error: true);
        return Back(id, T["Reply sent to the participant."].Value);
    }

    [HttpPost("{id:long}/status")]
    public async Task<IActionResult> Status(long id, RequestStatus status)
    {
        var (request, denied) = await OpenAsync(id);
        if (denied is not null) return denied;
        if (!await cases.ChangeStatusAsync(request!, status, await ActorAsync())) return Back(id, T["The request cannot move from “{0}” to “{1}”.", StatusName(request!.Status), StatusName(status)].Value, error: true);
        return Back(id, T["Status changed; the participant is told."].Value);
    }

    [HttpPost("{id:long}/note")]
    public async Task<IActionResult> Note(long id, string? text)
    {
        var (request, denied) = await OpenAsync(id);
        if (denied is not null) return denied;
        if (string.IsNullOrWhiteSpace(text)) return Back(id, T["Write the note."].Value, error: true);
        await cases.NoteAsync(request!, text, await ActorAsync());
        return Back(id, T["Note added. Only staff see it."].Value);
    }

    [HttpPost("{id:long}/assign")]
    public async Task<IActionResult> Assign(long id, string? userId)
    {
        var (request, denied) = await OpenAsync(id);
        if (denied is not null) return denied;
        string? name = null;
        if (!string.IsNullOrEmpty(userId))
        {
            var member = await session.Set<DepartmentMember>().AnyAsync(m => m.DepartmentKey == request!.DepartmentKey && m.UserId == userId);
            var user = member ? await users.FindByIdAsync(userId) : null;
            if (user is null) return Back(id, T["Assign the request to an officer of its department."].Value, error: true);
            name = user.DisplayName;
        }
        await cases.AssignAsync(request!, string.IsNullOrEmpty(userId) ? null : userId, name, await ActorAsync());
        return Back(id, name is null ? T["Nobody is assigned now."].Value : T["Assigned to {0}.", name].Value);
    }

    [HttpPost("{id:long}/reroute")]
    public async Task<IActionResult> Reroute(long id, string? department, string? reason)
    {
        var (request, denied) = await OpenAsync(id);
        if (denied is not null) return denied;
        var target = await session.Set<Department>().FirstOrDefaultAsync(d => d.Key == department && d.IsActive);
        if (target is null || target.Key == request!.DepartmentKey) return Back(id, T["Choose another department."].Value, error: true);
        await cases.RerouteAsync(request, target, reason, await ActorAsync());
        await audit.RecordAsync("Request", "Rerouted", $"{request.ReferenceNumber} → {target.Key}");
        // An officer who sent it away may no longer open it.
        if (!await access.CanOpenAsync(User, request))
        {
            TempData["Notice"] = T["{0} was referred to {1}.", request.ReferenceNumber, target.Name(System.Globalization.CultureInfo.CurrentUICulture.Name)].Value;
            return Redirect("/admin/requests");
        }
        return Back(id, T["Referred to {0}.", target.Name(System.Globalization.CultureInfo.CurrentUICulture.Name)].Value);
    }

    [HttpPost("{id:long}/merge")]
    public async Task<IActionResult> Merge(long id, string? into)
    {
        var (request, denied) = await OpenAsync(id);
        if (denied is not null) return denied;
        var number = ReferenceNumbers.Normalize(into);
        var primary = await session.Set<ServiceRequest>().FirstOrDefaultAsync(r => r.ReferenceNumber == number);
        if (primary is null || !await access.CanOpenAsync(User, primary)) return Back(id, T["No request you can open has this reference number."].Value, error: true);
        if (await cases.MergeAsync(request!, primary, await ActorAsync()) is { } problem) return Back(id, T[problem].Value, error: true);
        await audit.RecordAsync("Request", "Merged", $"{request!.ReferenceNumber} → {primary.ReferenceNumber}");
        return Back(id, T["Merged into {0}: its participant will hear the answer given there.", primary.ReferenceNumber].Value);
    }

    [HttpGet("{id:long}/files/{fileId}")]
    public async Task<IActionResult> Attachment(long id, string fileId)
    {
        var (request, denied) = await OpenAsync(id);
        if (denied is not null) return denied;
        var attachment = await session.Set<RequestAttachment>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == fileId && a.RequestId == request!.Id);
        if (attachment is null || !System.IO.File.Exists(attachmentStore.PathOf(attachment))) return NotFound();
        return PhysicalFile(attachmentStore.PathOf(attachment), Participation.Files.UploadedFileCheck.ContentTypeOf(attachment.Extension), attachment.FileName);
    }

    [HttpGet("figures")]
    public async Task<IActionResult> Figures(DateOnly? from, DateOnly? to)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ManageAllRequests)) return Forbid();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var start = from ?? today.AddDays(-90);
        var end = to ?? today;
        var culture = System.Globalization.CultureInfo.CurrentUICulture.Name;
        return View(new FiguresViewModel
        {
            From = start, To = end,
            Rows = await figures.ComputeAsync(session.Set<ServiceRequest>(), start.ToDateTime(TimeOnly.MinValue), end.AddDays(1).ToDateTime(TimeOnly.MinValue)),
            DepartmentNames = await session.Set<Department>().ToDictionaryAsync(d => d.Key, d => d.Name(culture)),
        });
    }

    private async Task<(ServiceRequest? Request, IActionResult? Denied)> OpenAsync(long id)
    {
        var request = await session.Set<ServiceRequest>().FirstOrDefaultAsync(r => r.Id == id);
        if (request is null) return (null, NotFound());
        return await access.CanOpenAsync(User, request) ? (request, null) : (null, Forbid());
    }

    private async Task<Actor> ActorAsync()
    {
        var user = await users.GetUserAsync(User);
        return new Actor(user?.Id, user?.DisplayName);
    }

    private async Task<bool> CanHandleAsync() => await authorization.AuthorizeAsync(User, Permissions.HandleRequests);

    private static string StatusName(RequestStatus status) => RequestVocabulary.Status(status, System.Globalization.CultureInfo.CurrentUICulture.Name);

    private RedirectResult Back(long id, string message, bool error = false)
    {
        TempData[error ? "Error" : "Notice"] = message;
        return Redirect($"/admin/requests/{id}");
    }
}
