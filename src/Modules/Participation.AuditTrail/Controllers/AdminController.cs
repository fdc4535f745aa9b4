using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Participation.Admin;
using Participation.AuditTrail.ViewModels;
using Participation.Data;
using Participation.Security;

namespace Participation.AuditTrail.Controllers;

[Admin, Area("Participation.AuditTrail"), Route("admin/audit")]
public sealed class AdminController(IDataSession session, IAuthorizationService authorizationService) : Controller
{
    private const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? category, string? contentItemId, int page = 1)
    {
        if (!await authorizationService.AuthorizeAsync(User, Permissions.ViewAuditTrail)) return Forbid();
        page = Math.Max(1, page);
        var query = session.Set<AuditTrailEvent>().AsNoTracking().AsQueryable();
        if (!string.IsNullOrWhiteSpace(category)) query = query.Where(e => e.Category == category);
        if (!string.IsNullOrWhiteSpace(contentItemId)) query = query.Where(e => e.ContentItemId == contentItemId);
        var total = await query.CountAsync();
        var events = await query.OrderByDescending(e => e.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync();
        var categories = await session.Set<AuditTrailEvent>().Select(e => e.Category).Distinct().OrderBy(c => c).ToListAsync();
        return View(new AuditTrailIndexViewModel(events, categories, category, contentItemId, page, (total + PageSize - 1) / PageSize));
    }
}
