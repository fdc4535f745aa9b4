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
using Participation.Workflows.Services;

namespace Participation.Workflows.Controllers;

/// <summary>Follow or stop following a published item, to be emailed when it moves on.</summary>
[Authorize, Area("Participation.Workflows"), Route("follow"), EnableRateLimiting(RateLimitPolicies.Follows)]
public sealed class FollowController(IDataSession session, IContentManager contentManager, UserManager<ParticipationUser> users, FollowedItems followed, TimeProvider clock) : Controller
{
    /// <param name="follow">What the button said when the page was drawn: a second tab opened before the first was
    /// pressed repeats the same wish instead of undoing it. Missing (an older page), the state is toggled.</param>
    [HttpPost("{contentItemId}")]
    public async Task<IActionResult> Toggle(string contentItemId, bool? follow, string? returnUrl)
    {
        var item = await contentManager.GetAsync(contentItemId);
        if (item is null) return NotFound();
        var userId = users.GetUserId(User)!;
        var existing = await session.Set<ContentSubscription>().FirstOrDefaultAsync(s => s.UserId == userId && s.ContentItemId == contentItemId);
        var wanted = follow ?? existing is null;
        if (wanted && existing is null)
        {
            var subscription = new ContentSubscription { UserId = userId, ContentItemId = contentItemId, CreatedUtc = clock.GetUtcNow().UtcDateTime };
            session.Set<ContentSubscription>().Add(subscription);
            try { await session.SaveChangesAsync(); }
            catch (DbUpdateException)
            {
                // Two tabs at once: the unique (user, item) key kept the other's subscription, which is what both asked for.
                session.Set<ContentSubscription>().Entry(subscription).State = EntityState.Detached;
                if (!await session.Set<ContentSubscription>().AnyAsync(s => s.UserId == userId && s.ContentItemId == contentItemId)) throw;
            }
        }
        else if (!wanted && existing is not null)
        {
            session.Set<ContentSubscription>().Remove(existing);
            await session.SaveChangesAsync();
        }
        // The button on the next page reads the person's set again.
        followed.Forget(userId);
        return LocalRedirect(returnUrl is { Length: > 0 } && Url.IsLocalUrl(returnUrl) ? returnUrl : "/" + item.Path);
    }
}
