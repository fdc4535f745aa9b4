using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Comments.Models;
using Participation.Caching;
using Participation.ContentManagement;
using Participation.ContentManagement.Metadata;
using Participation.Data;
using Participation.Localization;
using Participation.Moderation;
using Participation.Security;
using Participation.Settings;
using Participation.Users;

namespace Participation.Comments.Services;

public sealed record CommentDraft(string ContentItemId, string Text, long? ParentId, int? Rating, bool Official, bool AcceptTerms, string? Stance = null, string? Audience = null);

/// <summary>What happened to a comment: published, waiting, or refused with a localised reason.</summary>
public sealed record PostResult(CommentStatus? Status, LocalizedString? Error, bool NeedsTerms = false)
{
    public bool Accepted => Status is not null;
}

/// <summary>
/// Takes a comment in: checks the item takes comments now, the author is not banned, the text
/// and rating; screens it; and stores it public or waiting, as the item's moderation mode says.
/// </summary>
public sealed class CommentPosting(
    IDataSession session,
    IContentManager contentManager,
    IContentDefinitionManager definitions,
    IContentScreener screener,
    IBanService bans,
    IModerationSettingsStore moderation,
    IModerationReasons reasons,
    UserManager<ParticipationUser> users,
    IAuthorizationService authorization,
    IDateDisplay dates,
    ISiteService site,
    TimeProvider clock,
    IEnumerable<Participation.Audiences.IAudienceCatalog> audienceCatalogs,
    IPageCache pages,
    OwnCommentItems own,
    CommentMetrics metrics,
    IEnumerable<ICommentAdmission> admissions,
    IStringLocalizer<CommentPosting> T)
{
    public const string TermsClaim = "participation-terms";

    public async Task<PostResult> PostAsync(ClaimsPrincipal principal, CommentDraft draft)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null) return new(null, T["Sign in to take part."]);
        var item = await contentManager.GetAsync(draft.ContentItemId);
        if (item is null || !item.Has<CommentsPart>() || !item.As<CommentsPart>().Enabled) return new(null, T["This page does not take comments."]);
        var part = item.As<CommentsPart>();
        var lifecycle = definitions.GetType(item.ContentType)?.Lifecycle;
        if (lifecycle is not null && lifecycle.Stages.Contains("Open") && item.Stage != "Open")
            return new(null, T["Participation is closed: contributions are no longer accepted."]);
        foreach (var admission in admissions)
            if (await admission.RefusalAsync(item) is { } refusal) return new(null, refusal);

        if (await bans.GetActiveBanAsync(user.Id) is { } ban)
        {
            var culture = System.Globalization.CultureInfo.CurrentUICulture.Name;
            var until = ban.EndsUtc is { } end ? T["until {0}", dates.FormatDate(end, culture)].Value : T["permanently"].Value;
            var appeal = (await site.GetSettingsAsync()).SupportEmail;
            return new(null, T["You cannot take part {0}, for this reason: {1}. To appeal, write to {2}.", until, await ReasonNameAsync(ban.Reason), string.IsNullOrEmpty(appeal) ? T["the agency"].Value : appeal]);
        }

        var text = (draft.Text ?? "").Trim();
        if (text.Length == 0) return new(null, T["Write your comment first."]);
        if (text.Length > CommentLimits.MaxLength) return new(null, T["A comment is at most {0} characters; yours has {1}.", CommentLimits.MaxLength, text.Length]);
        if (draft.Rating is { } rating && (!part.AllowRatings || rating is < 1 or > 5)) return new(null, T["Choose a rating from 1 to 5."]);
        if (draft.ParentId is { } parentId
            && !await session.Set<Comment>().AnyAsync(c => c.Id == parentId && c.ContentItemId == item.ContentItemId && c.ParentId == null && c.Status == CommentStatus.Published))
            return new(null, T["The comment you reply to is not available."]);

        if (draft.Stance is { Length: > 0 } stance && !CommentLimits.Stances.Contains(stance)) return new(null, T["Choose agree, disagree or suggestion."]);
        if (draft.Audience is { Length: > 0 } audience && !await KnownAudienceAsync(audience)) return new(null, T["Choose one of the audiences offered."]);
        if (part.OnePerPerson && draft.ParentId is null && !draft.Official
            && await session.Set<Comment>().AnyAsync(c => c.ContentItemId == item.ContentItemId && c.AuthorId == user.Id && c.ParentId == null && c.Status != CommentStatus.Hidden))
            return new(null, T["You have already taken part here: one contribution per person. You can still reply to others."]);

        var claims = await users.GetClaimsAsync(user);
        if (!claims.Any(c => c.Type == TermsClaim))
        {
            if (!draft.AcceptTerms) return new(null, T["Accept the participation policy to take part."], NeedsTerms: true);
            await users.AddClaimAsync(user, new Claim(TermsClaim, clock.GetUtcNow().ToString("O")));
        }

        var official = draft.Official && await authorization.AuthorizeAsync(principal, Permissions.ReplyOfficially);
        var comment = new Comment
        {
            ContentItemId = item.ContentItemId, ParentId = draft.ParentId, AuthorId = user.Id, AuthorName = user.DisplayName,
            Rating = draft.ParentId is null ? draft.Rating : null, IsOfficial = official, CreatedUtc = clock.GetUtcNow().UtcDateTime,
            Stance = draft.ParentId is null && part.AskStance && draft.Stance is { Length: > 0 } s ? s : null,
            Audience = draft.ParentId is null && draft.Audience is { Length: > 0 } a ? a : null,
        };
        if (official)
        {
            comment.Text = text;
            comment.Status = CommentStatus.Published;
        }
        else
        {
            var screening = await screener.ScreenAsync(text, user.Id, item.ContentItemId, await RecentByAuthorAsync(user.Id));
            comment.Text = screening.Text;
            comment.OriginalText = screening.Masked ? text : null;
            comment.Flags = string.Join(",", screening.Flags.Select(f => f.Reason).Distinct());
            var mode = part.Mode ?? (await moderation.GetAsync()).ModeFor(item.ContentType);
            comment.Status = mode switch
            {
                ModerationMode.PostModeration => CommentStatus.Published,
                ModerationMode.ScreeningOnly when screening.IsClean => CommentStatus.Published,
                _ => CommentStatus.Pending,
            };
        }
        session.Set<Comment>().Add(comment);
        await CommentCounters.SaveChangesAsync(session);
        // A comment waiting for review shows in its author's own block on their next page.
        if (comment.Status != CommentStatus.Published) own.Forget(user.Id);
        metrics.Accepted(comment.Status);
        if (comment.Status == CommentStatus.Published) await pages.EvictAsync(CacheTags.ContentItem(item.ContentItemId));
        return new(comment.Status, null);
    }

    private async Task<bool> KnownAudienceAsync(string key)
    {
        foreach (var catalog in audienceCatalogs)
            if ((await catalog.ListAsync()).Any(a => a.Key == key)) return true;
        return false;
    }

    private async Task<string> ReasonNameAsync(string key)
    {
        var reason = (await reasons.ListAsync(activeOnly: false)).FirstOrDefault(r => r.Key == key);
        return reason?.Name(System.Globalization.CultureInfo.CurrentUICulture.Name) ?? key;
    }

    /// <summary>The author's contributions of the last week, for the duplicate and burst rules.</summary>
    private async Task<IReadOnlyList<RecentContribution>> RecentByAuthorAsync(string authorId)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-7);
        return await session.Set<Comment>().AsNoTracking()
            .Where(c => c.AuthorId == authorId && c.CreatedUtc > since)
            .OrderByDescending(c => c.Id).Take(50)
            .Select(c => new RecentContribution(c.OriginalText ?? c.Text, c.CreatedUtc)).ToListAsync();
    }
}
