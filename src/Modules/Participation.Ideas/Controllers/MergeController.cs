using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Admin;
using Participation.Data;
using Participation.Ideas.Models;
using Participation.Ideas.Services;
using Participation.Ideas.ViewModels;
using Participation.Notify;
using Participation.Security;

namespace Participation.Ideas.Controllers;

/// <summary>A moderator merges a duplicate idea into the one that stands, choosing among the ideas of its topic most like it.</summary>
[Admin, Area("Participation.Ideas"), Route("admin/ideas/merge")]
public sealed class MergeController(IDataSession session, IdeaSearch search, IdeaMerging merging, IAuthorizationService authorization, INotifier notifier, IStringLocalizer<MergeController> T) : Controller
{
    private const int Candidates = 8;

    [HttpGet("{ideaId}")]
    public async Task<IActionResult> Index(string ideaId, string? into)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ReviewIdeas)) return Forbid();
        var from = await session.Set<IdeaIndex>().AsNoTracking().FirstOrDefaultAsync(x => x.ContentItemId == ideaId);
        if (from is null) return NotFound();
        var similar = (await search.SimilarAsync(from.TopicId, from.Title, Candidates, except: ideaId)).ToList();
        if (into is not null && !similar.Contains(into)) similar.Insert(0, into);
        var rows = await session.Set<IdeaIndex>().AsNoTracking()
            .Where(x => similar.Contains(x.ContentItemId) && x.TopicId == from.TopicId && IdeaStatus.Listed.Contains(x.Status)).ToListAsync();
        return View(new MergeViewModel { From = from, Candidates = [.. rows.OrderBy(r => similar.IndexOf(r.ContentItemId))], Into = into });
    }

    /// <param name="into">The chosen idea's id, or its address pasted (<c>/ideas/idea/{id}</c>).</param>
    [HttpPost("{ideaId}")]
    public async Task<IActionResult> Merge(string ideaId, string? into, string? address)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ReviewIdeas)) return Forbid();
        var target = address?.Trim() is { Length: > 0 } pasted ? pasted.TrimEnd('/').Split('/', '#', '?')[^1] : into;
        if (await merging.MergeAsync(ideaId, target) is { } problem)
        {
            notifier.Error(T[problem.Message, problem.Arguments]);
            return LocalRedirect($"/admin/ideas/merge/{ideaId}");
        }
        notifier.Success(T["The ideas are merged: the supports moved, and the duplicate's page now points to the idea that stands."]);
        return LocalRedirect("/admin/ideas/review");
    }
}
