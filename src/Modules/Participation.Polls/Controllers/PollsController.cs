using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
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
public sealed class PollsController(IContentManager contentManager, IDataSession session, VotingService voting, PollResults results, PollViews views, UserManager<ParticipationUser> users, INotifier notifier, IStringLocalizer<PollsController> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(new PollListViewModel { Polls = await ListAsync(PollLifecycle.Open), Archive = false });

    [HttpGet("archive")]
    public async Task<IActionResult> Archive() => View("Index", new PollListViewModel { Polls = await ListAsync(PollLifecycle.Archived), Archive = true });

    /// <summary>One ballot: <c>options</c> holds the chosen option ids; <c>returnUrl</c> the page the poll was on.</summary>
    [Authorize, HttpPost("{contentItemId}/vote"), EnableRateLimiting(RateLimitPolicies.Votes)]
    public async Task<IActionResult> Vote(string contentItemId, List<string>? options, string? returnUrl)
    {
        var poll = await contentManager.GetAsync(contentItemId);
        if (poll is null || poll.ContentType != ContentTypes.Poll) return NotFound();
        var back = Url.IsLocalUrl(returnUrl) ? returnUrl! : "/" + poll.As<Participation.ContentManagement.Models.AutoroutePart>().Path;
        var result = await voting.CastAsync(poll, users.GetUserId(User)!, options ?? [], PollViews.IsVerified(User));
        var wantsJson = Request.Headers.Accept.Any(a => a?.Contains("application/json") == true);
        if (wantsJson)
            return result.Outcome == VoteOutcome.Refused
                ? UnprocessableEntity(new { error = T[result.Problem!.Message, result.Problem.Arguments].Value })
                : Json(ResultsJson(await results.ReadAsync(poll.ContentItemId, poll.As<PollPart>(), CultureInfo.CurrentUICulture.Name)));
        if (result.Outcome == VoteOutcome.Refused) notifier.Error(T[result.Problem!.Message, result.Problem.Arguments]);
        else notifier.Success(result.Outcome == VoteOutcome.Changed ? T["Your vote was changed."] : T["Thank you: your vote is counted."]);
        return LocalRedirect(back + "#poll-" + poll.ContentItemId);
    }

    /// <summary>The current counts, for the page to refresh its chart without reloading; only to those who may see results.</summary>
    [HttpGet("{contentItemId}/results")]
    public async Task<IActionResult> Results(string contentItemId)
    {
        var poll = await contentManager.GetAsync(contentItemId);
        if (poll is null || poll.ContentType != ContentTypes.Poll) return NotFound();
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

    private async Task<IReadOnlyList<PollViewModel>> ListAsync(string stage)
    {
        var polls = await session.Set<ContentItem>().AsNoTracking().Where(x => x.Published && x.ContentType == ContentTypes.Poll && x.Stage == stage)
            .OrderByDescending(x => x.PublishedUtc).Take(50).ToListAsync();
        return await views.BuildAsync(polls);
    }
}
