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
public sealed class PollViews(IDataSession session, PollResults results, IHttpContextAccessor http, UserManager<ParticipationUser> users, IDepartmentDirectory departments, TimeProvider clock)
{
    /// <summary>The claim a national login sets when it verified the person's identity.</summary>
    public const string VerifiedIdentityClaim = ParticipationClaims.IdentityVerified;

    public static bool IsVerified(ClaimsPrincipal user) => user.HasClaim(VerifiedIdentityClaim, "true");

    public async Task<PollViewModel> BuildAsync(ContentItem poll, string? returnUrl = null, bool widget = false)
    {
        var part = poll.As<PollPart>();
        var user = http.HttpContext?.User;
        var userId = user?.Identity?.IsAuthenticated == true ? users.GetUserId(user) : null;
        var mine = userId is null ? [] : await session.Set<PollBallotChoice>().AsNoTracking()
            .Where(c => session.Set<PollBallot>().Any(b => b.Id == c.BallotId && b.PollId == poll.ContentItemId && b.UserId == userId))
            .Select(c => c.OptionId).ToListAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        // Period and eligibility first (a visitor not signed in is asked to sign in only when it would help).
        var cannotVote = BallotRules.CanVote(part, poll.Stage ?? "", now, userId is null || IsVerified(user!))?.Message
            ?? (userId is null ? "Sign in to vote." : mine.Count > 0 && !part.AllowVoteChange ? "You have voted in this poll." : null);
        var showResults = part.ResultsBeforeVoting || mine.Count > 0 || poll.Stage == PollLifecycle.Archived;
        return new PollViewModel
        {
            ContentItemId = poll.ContentItemId,
            Question = poll.As<TitlePart>().Title,
            Path = poll.As<AutoroutePart>().Path,
            Stage = poll.Stage ?? PollLifecycle.Draft,
            Part = part,
            Results = showResults ? await results.ReadAsync(poll.ContentItemId, part, CultureInfo.CurrentUICulture.Name) : null,
            MyChoices = mine,
            SignedIn = userId is not null,
            CannotVote = cannotVote,
            NowUtc = now,
            Department = await departments.NameOfAsync(part.Department),
            ReturnUrl = returnUrl ?? "/" + poll.As<AutoroutePart>().Path,
            IsWidget = widget,
        };
    }
}
