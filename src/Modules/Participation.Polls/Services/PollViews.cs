using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Participation.Caching;
using Participation.ContentManagement;
using Participation.ContentManagement.Models;
using Participation.Departments;
using Participation.Polls.Domain;
using Participation.Polls.Models;
using Participation.Polls.ViewModels;
using Participation.Users;

namespace Participation.Polls.Services;

/// <summary>Builds what a visitor sees of a poll: on its page, in a list, or placed on another item.</summary>
public sealed class PollViews(OwnBallots ballots, PollResults results, IHttpContextAccessor http, UserManager<ParticipationUser> users, IDepartmentDirectory departments, IPageCache pages, TimeProvider clock)
{
    /// <summary>The claim a national login sets when it verified the person's identity.</summary>
    public const string VerifiedIdentityClaim = ParticipationClaims.IdentityVerified;

    public static bool IsVerified(ClaimsPrincipal user) => user.HasClaim(VerifiedIdentityClaim, "true");

    public async Task<PollViewModel> BuildAsync(VotingPoll poll, string? returnUrl = null, bool widget = false)
        => (await BuildAsync([poll], returnUrl, widget))[0];

    /// <summary>
    /// Several polls (a list): the person's ballots and the counts from the data cache (<see cref="OwnBallots"/>,
    /// <see cref="PollResults"/>), each read in one query when not kept, whatever the number of polls.
    /// </summary>
    public async Task<IReadOnlyList<PollViewModel>> BuildAsync(IReadOnlyList<VotingPoll> polls, string? returnUrl = null, bool widget = false)
    {
        var user = http.HttpContext?.User;
        var userId = user?.Identity?.IsAuthenticated == true ? users.GetUserId(user) : null;
        var mine = userId is null ? FrozenDictionary<string, ImmutableArray<string>>.Empty : await ballots.AllAsync(userId);
        var now = clock.GetUtcNow().UtcDateTime;
        var parts = polls.Select(p => p.Part).ToList();
        var showResults = polls.Select((poll, i) => parts[i].ResultsBeforeVoting || mine.ContainsKey(poll.ContentItemId) || poll.Stage == PollLifecycle.Archived).ToList();
        var shown = polls.Select((poll, i) => (poll.ContentItemId, parts[i])).Where((_, i) => showResults[i]).ToList();
        var counts = shown.Count == 0 ? [] : await results.ReadAsync(shown, CultureInfo.CurrentUICulture.Name);
        var views = new List<PollViewModel>(polls.Count);
        for (var i = 0; i < polls.Count; i++)
        {
            var (poll, part, myChoices) = (polls[i], parts[i], mine.GetValueOrDefault(polls[i].ContentItemId, []));
            // Period and eligibility first (a visitor not signed in is asked to sign in only when it would help).
            var cannotVote = BallotRules.CanVote(part, poll.Stage, now, userId is null || IsVerified(user!))?.Message
                ?? (userId is null ? "Sign in to vote." : myChoices.Length > 0 && !part.AllowVoteChange ? "You have voted in this poll." : null);
            views.Add(new PollViewModel
            {
                ContentItemId = poll.ContentItemId,
                Question = poll.Question,
                Path = poll.Path,
                Stage = poll.Stage is { Length: > 0 } stage ? stage : PollLifecycle.Draft,
                Part = part,
                Results = counts.GetValueOrDefault(poll.ContentItemId),
                MyChoices = myChoices,
                SignedIn = userId is not null,
                CannotVote = cannotVote,
                Ended = part.EndsUtc <= now,
                Department = await departments.NameOfAsync(part.Department),
                ReturnUrl = returnUrl ?? "/" + poll.Path,
                IsWidget = widget,
            });
            // Wherever the poll shows (its page, a list, another item), a change to it evicts that page; moving counts expire it.
            pages.Tag(CacheTags.ContentItem(poll.ContentItemId));
            if (views[^1].LiveResults) pages.RefreshWithin(PollResults.RefreshInterval);
        }
        return views;
    }
}
