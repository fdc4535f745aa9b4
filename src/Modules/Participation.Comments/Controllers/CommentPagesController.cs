using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Participation.Comments.Services;
using Participation.Comments.ViewModels;
using Participation.ContentManagement;
using Participation.Moderation;
using Participation.Users;

namespace Participation.Comments.Controllers;

/// <summary>
/// The next batch of a thread as an HTML fragment, for the script behind "more comments"; the
/// same batch without script is the item's page with <c>?commentsAfter=</c>. Reading only: open to everyone.
/// </summary>
[Area("Participation.Comments"), Route("comments")]
public sealed class CommentPagesController(
    CommentThreads threads,
    IContentManager contentManager,
    IModerationReasons reasons,
    UserManager<ParticipationUser> users) : Controller
{
    [HttpGet("{contentItemId}/page")]
    public async Task<IActionResult> Page(string contentItemId, string? after)
    {
        var item = await contentManager.GetAsync(contentItemId);
        if (item is null || !item.Published || !item.Has<CommentsPart>() || !item.As<CommentsPart>().Enabled) return NotFound();
        // Published comments only: the reader's own others do not see are in their block on the item's page.
        var page = await threads.PageAsync(contentItemId, ThreadCursor.Parse(after));
        return PartialView("CommentBatch", new CommentBatchViewModel(page, contentItemId, $"/{item.Path}", await reasons.ListAsync(), users.GetUserId(User) is not null));
    }
}
