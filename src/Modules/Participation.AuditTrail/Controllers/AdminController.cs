using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Participation.Admin;
using Participation.AuditTrail.Services;
using Participation.AuditTrail.ViewModels;
using Participation.Security;

namespace Participation.AuditTrail.Controllers;

[Admin, Area("Participation.AuditTrail"), Route("admin/audit")]
public sealed class AdminController(AuditTrailService auditTrail, IAuthorizationService authorizationService) : Controller
{
    private const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? category, string? contentItemId, int page = 1)
    {
        if (!await authorizationService.AuthorizeAsync(User, Permissions.ViewAuditTrail)) return Forbid();
        page = Math.Max(1, page);
        var query = new AuditTrailQuery { Category = category, ContentItemId = contentItemId, Skip = (page - 1) * PageSize, Take = PageSize };
        var total = await auditTrail.CountAsync(query);
        var events = await auditTrail.ListAsync(query);
        return View(new AuditTrailIndexViewModel(events, await auditTrail.CategoriesAsync(), category, contentItemId, page, (total + PageSize - 1) / PageSize));
    }
}
