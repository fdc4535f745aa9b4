using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Caching;
using Participation.ContentManagement;
using Participation.Data;
using Participation.Http;
using Participation.Polls.Models;
using Participation.Polls.Services;
using Participation.Polls.ViewModels;
using Participation.Users;
using Participation.Notify;

namespace Participation.Polls.Controllers;

/// <summary>The public side: open polls, the archive with final results, voting, and the live results feed.</summary>
[Area("Participation.Polls"), Route("polls")]
public sealed class PollsController(IDataSession session, VotingService voting, VotingPolls votingPolls, PollResults results, PollViews views, IPageCache pages, UserManager<ParticipationUser> users, INotifier notifier, IStringLocalizer<PollsController> T) : Controller
{
    private const int PageSize = 20;

    [HttpGet(""), SharedTemplate, OutputCache(PolicyName = PublicPage.Policy, Tags = [CacheTags.ContentTypePrefix + ContentTypes.Poll])]
    public async Task<IActionResult> Index(string? after) => View(await ListAsync(PollLifecycle.Open, after));

    [HttpGet("archive"), SharedTemplate, OutputCache(PolicyName = PublicPage.Policy, Tags = [CacheTags.ContentTypePrefix + ContentTypes.Poll])]
    public async Task<IActionResult> Archive(string? after) => View("Index", await ListAsync(PollLifecycle.Archived, after));

    /// <summary>One ballot: <c>options</c> holds the chosen option ids; <c>returnUrl</c> the page the poll was on.</summary>
    [Authorize, HttpPost("{contentItemId}/vote"), EnableRateLimiting(RateLimitPolicies.Votes)]
    public async Task<IActionResult> Vote(string contentItemId, List<string>? options, string? returnUrl)
    {
        // The published poll from the cache its edits evict: no read of the item per ballot.
        if (await votingPolls.GetAsync(contentItemId) is not { } poll) return NotFound();
        var back = Url.IsLocalUrl(returnUrl) ? returnUrl! : "/" + poll.Path;
        var result = await voting.CastAsync(poll, users.GetUserId(User)!, options ?? [], PollViews.IsVerified(User));
        var wantsJson = Request.Headers.Accept.Any(a => a?.Contains("application/json") == true);
        if (wantsJson)
            return result.Outcome switch
            {
                VoteOutcome.Refused => UnprocessableEntity(new { error = T[result.Problem!.Message, result.Problem.Arguments].Value }),
                // Not the ballot's fault: the same ballot may be sent again.
                VoteOutcome.NotRecorded => StatusCode(StatusCodes.Status503ServiceUnavailable, new { error = T[result.Problem!.Message].Value }),
                // A new ballot brings its poll's counts from its batch; a changed one reads them.
                _ => Json(ResultsJson(result.Counts is { } counts
                    ? PollResults.Build(counts, poll.Part, CultureInfo.CurrentUICulture.Name)
                    : await results.ReadAsync(poll.ContentItemId, poll.Part, CultureInfo.CurrentUICulture.Name))),
            };
        if (result.Problem is { } problem) notifier.Error(T[problem.Message, problem.Arguments]);
        else notifier.Success(result.Outcome == VoteOutcome.Changed ? T["Your vote was changed."] : T["Thank you: your vote is counted."]);
        return LocalRedirect(back + "#poll-" + poll.ContentItemId);
    }

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
        return Json(ResultsJson(view.Results));
    }

    private static object ResultsJson(PollResultsView r) => new
    {
        voters = r.Voters,
        options = r.Options.Select(o => new { id = o.Id, count = o.Count, percent = o.Percent }),
    };

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
