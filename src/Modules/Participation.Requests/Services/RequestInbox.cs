using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Departments;
using Participation.Requests.Domain;
using Participation.Requests.Models;
using Participation.Requests.ViewModels;
using Participation.Users;

namespace Participation.Requests.Services;

/// <summary>What the inbox is asked for: a department, a status, a view (open, mine, unassigned, overdue, due soon, all) and a search.</summary>
public sealed record InboxFilter(string? Department, RequestStatus? Status, string View, string? Query, KeysetCursor? After = null);

/// <summary>
/// The staff inbox: the requests a staff member may open (an officer only their departments'),
/// filtered and ordered by deadline, a page at a time by keyset (deadline, id), with how many
/// match counted by the database and the departments they can filter by.
/// </summary>
public sealed class RequestInbox(RequestAccess access, RequestSettingsStore settingsStore, IDepartmentDirectory departments, IDataSession session, UserManager<ParticipationUser> users, TimeProvider clock)
{
    /// <summary>Requests on a page of the inbox.</summary>
    public const int PageSize = 50;

    /// <summary>The inbox counts matches up to this many and says "more than" beyond: an exact count of a national backlog would read every open request on each view.</summary>
    public const int CountedUpTo = 1000;

    public async Task<InboxViewModel> ListAsync(ClaimsPrincipal user, InboxFilter filter)
    {
        var settings = await settingsStore.GetAsync();
        var responseClock = await settingsStore.ClockAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        var query = (await access.VisibleAsync(user)).AsNoTracking();
        if (!string.IsNullOrEmpty(filter.Department)) query = query.Where(r => r.DepartmentKey == filter.Department);
        if (filter.Status is { } status) query = query.Where(r => r.Status == status);
        var me = users.GetUserId(user);
        query = filter.View switch
        {
            "all" => query,
            "mine" => query.Where(r => r.AssignedUserId == me && r.Status != RequestStatus.Answered && r.Status != RequestStatus.Closed),
            "unassigned" => query.Where(r => r.AssignedUserId == null && r.Status != RequestStatus.Answered && r.Status != RequestStatus.Closed),
            _ => query.Where(r => r.Status != RequestStatus.Answered && r.Status != RequestStatus.Closed),
        };
        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            var number = ReferenceNumbers.Normalize(filter.Query);
            var words = filter.Query.Trim();
            query = query.Where(r => r.ReferenceNumber == number || r.Subject.Contains(words));
        }
        // The views other than mine, unassigned and all hold open requests only (above).
        if (filter.View == "overdue") query = query.Where(r => r.PausedUtc == null && r.DueUtc <= now);
        if (filter.View == "duesoon")
        {
            // Due soon is an office-hours question: the database narrows to the deadlines before a
            // minute past the limit, and the exact rule runs on the page read.
            var limit = responseClock.AddOfficeTime(now, TimeSpan.FromHours(settings.DueSoonHours) + TimeSpan.FromMinutes(1));
            query = query.Where(r => r.PausedUtc == null && r.DueUtc > now && r.DueUtc < limit);
        }
        var total = await query.Take(CountedUpTo + 1).CountAsync();
        if (filter.After is { } after)
        {
            var (at, id) = (after.At, after.Id);
            query = query.Where(r => r.DueUtc >= at && (r.DueUtc > at || r.Id > id));
        }
        // One more than a page says whether there is a next one.
        var read = await query.OrderBy(r => r.DueUtc).ThenBy(r => r.Id).Take(PageSize + 1).ToListAsync();
        var page = read.Take(PageSize).ToList();
        var rows = filter.View == "duesoon" ? [.. page.Where(r => responseClock.IsDueSoon(r, now, settings.DueSoonHours))] : page;
        var visible = await access.DepartmentsAsync(user);
        var assignees = rows.Where(r => r.AssignedUserId is not null).Select(r => r.AssignedUserId!).Distinct().ToList();
        return new InboxViewModel
        {
            Requests = rows,
            Total = total,
            Next = read.Count > PageSize ? new KeysetCursor(page[^1].DueUtc, page[^1].Id) : null,
            FirstPage = filter.After is null,
            // By Arabic name only, whatever the kind, as the filter always listed them.
            Departments = [.. (await departments.ListAsync(activeOnly: false)).Where(d => visible == null || visible.Contains(d.Key)).OrderBy(d => d.NameAr, StringComparer.Ordinal)],
            Department = filter.Department, Status = filter.Status, View = filter.View, Query = filter.Query, NowUtc = now, Clock = responseClock, DueSoonHours = settings.DueSoonHours,
            AssigneeNames = await session.Set<ParticipationUser>().Where(u => assignees.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName),
        };
    }
}
