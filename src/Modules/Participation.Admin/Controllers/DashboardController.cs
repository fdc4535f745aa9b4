using Participation.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Participation.Admin.ViewModels;
using Participation.AuditTrail;
using Participation.ContentManagement;
using Participation.ContentManagement.Metadata;
using Participation.Security;

namespace Participation.Admin.Controllers;

[Admin, Area("Participation.Admin"), Route("admin")]
public sealed class DashboardController(
    IContentManager contentManager,
    IContentDefinitionManager definitions,
    UserManager<ParticipationUser> users,
    IAuditTrail auditTrail,
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
            Users = await users.Users.CountAsync(),
            UsersThisWeek = await users.Users.CountAsync(u => u.CreatedUtc >= weekAgo),
            Recent = canSeeAudit ? await auditTrail.ListAsync(new AuditTrailQuery { Take = 10 }) : [],
            CanSeeAudit = canSeeAudit,
        });
    }
}
