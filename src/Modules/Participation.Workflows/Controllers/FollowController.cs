using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Participation.ContentManagement;
using Participation.Data;
using Participation.Http;
using Participation.Users;
using Participation.Workflows.Models;

namespace Participation.Workflows.Controllers;

/// <summary>Follow or stop following a published item, to be emailed when it moves on.</summary>
[Authorize, Area("Participation.Workflows"), Route("follow"), EnableRateLimiting(RateLimitPolicies.Follows)]
public sealed class FollowController(IDataSession session, IContentManager contentManager, UserManager<ParticipationUser> users, TimeProvider clock) : Controller
{
    [HttpPost("{contentItemId}")]
    public async Task<IActionResult> Toggle(string contentItemId, string? returnUrl)
    {
        var item = await contentManager.GetAsync(contentItemId);
        if (item is null) return NotFound();
        var userId = users.GetUserId(User)!;
        var existing = await session.Set<ContentSubscription>().FirstOrDefaultAsync(s => s.UserId == userId && s.ContentItemId == contentItemId);
        if (existing is null) session.Set<ContentSubscription>().Add(new ContentSubscription { UserId = userId, ContentItemId = contentItemId, CreatedUtc = clock.GetUtcNow().UtcDateTime });
        else session.Set<ContentSubscription>().Remove(existing);
        await session.SaveChangesAsync();
        return LocalRedirect(returnUrl is { Length: > 0 } && Url.IsLocalUrl(returnUrl) ? returnUrl : "/" + item.Path);
    }
}
