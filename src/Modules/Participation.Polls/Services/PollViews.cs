using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Participation.ContentManagement;
using Participation.ContentManagement.Models;
using Participation.Data;
using Participation.Departments;
using Participation.Polls.Domain;
using Participation.Polls.Models;
using Participation.Polls.ViewModels;
using Participation.Users;

namespace Participation.Polls.Services;

/// <summary>Builds what a visitor sees of a poll: on its page, in a list, or placed on another item.</summary>
public sealed class PollViews(IDataSession session, PollResults results, IHttpContextAccessor http, UserManager<ParticipationUser> users, DepartmentNames departments, TimeProvider clock)
{
    /// <summary>The claim a national login sets when it verified the person's identity.</summary>
    public const string VerifiedIdentityClaim = "identity_verified";

    public static bool IsVerified(ClaimsPrincipal user) => user.HasClaim(VerifiedIdentityClaim, "true");

    public PollViewModel Build(ContentItem poll, string? returnUrl = null, bool widget = false)
    {
        var part = poll.As<PollPart>();
        var user = http.HttpContext?.User;
        var userId = user?.Identity?.IsAuthenticated == true ? users.GetUserId(user) : null;
        var mine = userId is null ? [] : session.Set<PollBallotChoice>().AsNoTracking()
            .Where(c => session.Set<PollBallot>().Any(b => b.Id == c.BallotId && b.PollId == poll.ContentItemId && b.UserId == userId))
            .Select(c => c.OptionId).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        string? cannotVote = null;
        if (poll.Stage != PollLifecycle.Open || part.StartsUtc > now) cannotVote = poll.Stage == PollLifecycle.Archived ? "Voting in this poll has ended." : "This poll is not open for voting.";
        else if (part.EndsUtc <= now) cannotVote = "Voting in this poll has ended.";
        else if (userId is null) cannotVote = "Sign in to vote.";
        else if (part.Eligibility == PollEligibility.VerifiedIdentity && !IsVerified(user!)) cannotVote = "This poll is open to verified identities only: sign in with the national login to vote.";
        else if (mine.Count > 0 && !part.AllowVoteChange) cannotVote = "You have voted in this poll.";
        var showResults = part.ResultsBeforeVoting || mine.Count > 0 || poll.Stage == PollLifecycle.Archived;
        return new PollViewModel
        {
            ContentItemId = poll.ContentItemId,
            Question = poll.As<TitlePart>().Title,
            Path = poll.As<AutoroutePart>().Path,
            Stage = poll.Stage ?? PollLifecycle.Draft,
            Part = part,
            Results = showResults ? results.Read(poll.ContentItemId, part, CultureInfo.CurrentUICulture.Name) : null,
            MyChoices = mine,
            SignedIn = userId is not null,
            CannotVote = cannotVote,
            NowUtc = now,
            Department = departments.NameOf(part.Department),
            ReturnUrl = returnUrl ?? "/" + poll.As<AutoroutePart>().Path,
            IsWidget = widget,
        };
    }
}
