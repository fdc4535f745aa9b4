using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Participation.Caching;
using Participation.ContentManagement;
using Participation.Data;
using Participation.Polls.Models;
using Participation.Polls.Services;
using Participation.Polls.ViewModels;

namespace Participation.Polls.Controllers;

/// <summary>The public side: open polls, the archive with final results, and the live results feed. Voting is <see cref="Endpoints.VoteEndpoint"/>.</summary>
[Area("Participation.Polls"), Route("polls")]
public sealed class PollsController(IDataSession session, VotingPolls votingPolls, PollResults results, PollViews views, IPageCache pages) : Controller
{
    private const int PageSize = 20;

    [HttpGet(""), SharedTemplate, OutputCache(PolicyName = PublicPage.Policy, Tags = [CacheTags.ContentTypePrefix + ContentTypes.Poll])]
    public async Task<IActionResult> Index(string? after) => View(await ListAsync(PollLifecycle.Open, after));

    [HttpGet("archive"), SharedTemplate, OutputCache(PolicyName = PublicPage.Policy, Tags = [CacheTags.ContentTypePrefix + ContentTypes.Poll])]
    public async Task<IActionResult> Archive(string? after) => View("Index", await ListAsync(PollLifecycle.Archived, after));

    /// <summary>
    /// The current counts, for the page to refresh its chart without reloading; only to those who may
    /// see results. Cached for visitors for one refresh interval (<see cref="PollViews"/> says so while
    /// the counts move): however many pages are open, one reading per interval. A signed-in person's
    /// requests are not cached, and their vote evicts the poll's kept counts as it commits, so it shows at once.
    /// </summary>
    [HttpGet("{contentItemId}/results"), OutputCache(PolicyName = PublicPage.Policy)]
    public async Task<IActionResult> Results(string contentItemId)
    {
        if (await votingPolls.GetAsync(contentItemId) is not { } poll) return NotFound();
        var view = await views.BuildAsync(poll);
        if (view.Results is null) return Forbid();
        Response.Headers.CacheControl = "private, max-age=2";
        return Json(view.Results.ToJson());
    }

    /// <summary>
    /// Newest first, a page at a time by keyset: the archive grows without bound. What is the
    /// reader's own of each poll is its block (<see cref="BallotFragment"/>), so the list is shared.
    /// </summary>
    private async Task<PollListViewModel> ListAsync(string stage, string? after)
    {
        var query = session.Set<ContentItem>().AsNoTracking().Where(x => x.Published && x.ContentType == ContentTypes.Poll && x.Stage == stage);
        if (PollListCursor.Parse(after) is { } cursor)
            query = query.Where(x => x.PublishedUtc < cursor.PublishedUtc || (x.PublishedUtc == cursor.PublishedUtc && string.Compare(x.ContentItemId, cursor.ContentItemId) < 0));
        var items = await query.OrderByDescending(x => x.PublishedUtc).ThenByDescending(x => x.ContentItemId).Take(PageSize + 1).ToListAsync();
        var polls = items.Take(PageSize).Select(VotingPolls.Of).ToList();
        foreach (var poll in polls) pages.Tag(CacheTags.ContentItem(poll.ContentItemId));
        var archive = stage == PollLifecycle.Archived;
        // The archive's blocks show each poll's final counts: read for the page at once into the data
        // cache, where each block finds them (a visitor's are built one by one, in place).
        if (archive && polls.Count > 0) await results.ReadAsync([.. polls.Select(p => (p.ContentItemId, p.Part))], CultureInfo.CurrentUICulture.Name);
        return new PollListViewModel
        {
            Polls = polls,
            Archive = archive,
            Next = items.Count > PageSize ? PollListCursor.Format(items[PageSize - 1]) : null,
        };
    }
}
