using Participation.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Participation.Admin.ViewModels;
using Participation.AuditTrail;
using Participation.ContentManagement;
using Participation.ContentManagement.Metadata;
using Participation.Data;
using Participation.Security;

namespace Participation.Admin.Controllers;

[Admin, Area("Participation.Admin"), Route("admin")]
public sealed class DashboardController(
    IContentManager contentManager,
    IContentDefinitionManager definitions,
    IDataSession session,
    IAuthorizationService authorizationService,
    TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var latest = await contentManager.Query(VersionOptions.Latest)
            .GroupBy(x => new { x.ContentType, x.Published })
            .Select(g => new { g.Key.ContentType, g.Key.Published, Count = g.Count() })
            .ToListAsync();
        var counts = definitions.ListTypes().Select(t => new ContentCount(
            t.Name, t.DisplayName,
            latest.Where(x => x.ContentType == t.Name && x.Published).Sum(x => x.Count),
            latest.Where(x => x.ContentType == t.Name && !x.Published).Sum(x => x.Count))).ToList();

        var weekAgo = clock.GetUtcNow().UtcDateTime.AddDays(-7);
        var canSeeAudit = await authorizationService.AuthorizeAsync(User, AuditTrailPermissions.ViewAuditTrail);
        return View(new DashboardViewModel
        {
            Content = counts,
            Users = await session.Set<ParticipationUser>().CountAsync(),
            UsersThisWeek = await session.Set<ParticipationUser>().CountAsync(u => u.CreatedUtc >= weekAgo),
            Recent = canSeeAudit ? await session.Set<AuditTrailEvent>().AsNoTracking().OrderByDescending(e => e.Id).Take(10).ToListAsync() : [],
            CanSeeAudit = canSeeAudit,
        });
    }
}
