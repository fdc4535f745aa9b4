using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Participation.ContentManagement;
using Participation.Data;
using Participation.Ideas.Domain;
using Participation.Ideas.Models;
using Participation.Ideas.ViewModels;
using Participation.Users;

namespace Participation.Ideas.Services;

/// <summary>Builds what a visitor sees of ideas: whether they support each and may support it, in one query for a whole list.</summary>
public sealed class IdeaViews(IDataSession session, IContentManager contentManager, TimeProvider clock)
{
    /// <summary>Short descriptions on cards; the idea's page shows the whole text.</summary>
    private const int SummaryLength = 280;

    public static bool IsVerified(ClaimsPrincipal user) => user.HasClaim(ParticipationClaims.IdentityVerified, "true");

    public async Task<IReadOnlyList<IdeaCardViewModel>> CardsAsync(IReadOnlyList<IdeaIndex> rows, ContentItem topic, string? userId, bool verified, string returnUrl, bool summaries = true)
    {
        var ids = rows.Select(r => r.ContentItemId).ToList();
        var mine = userId is null ? [] : (await session.Set<IdeaSupport>().AsNoTracking().Where(s => ids.Contains(s.IdeaId) && s.UserId == userId).Select(s => s.IdeaId).ToListAsync()).ToHashSet();
        var texts = await contentManager.Query().AsNoTracking().Where(x => ids.Contains(x.ContentItemId)).ToDictionaryAsync(x => x.ContentItemId, x => x.As<IdeaPart>().Description);
        var part = topic.As<IdeaTopicPart>();
        var now = clock.GetUtcNow().UtcDateTime;
        return [.. rows.Select(row =>
        {
            var supported = mine.Contains(row.ContentItemId);
            var problem = supported ? SupportRules.CanWithdraw(part, topic.Stage ?? "", now) : SupportRules.CanSupport(part, topic.Stage ?? "", row.Status, row.AuthorId == userId, now, verified || userId is null);
            var text = texts.GetValueOrDefault(row.ContentItemId) ?? "";
            return new IdeaCardViewModel
            {
                Row = row,
                Description = summaries && text.Length > SummaryLength ? text[..SummaryLength].TrimEnd() + "…" : text,
                SupportedByMe = supported,
                CanAct = userId is not null && problem is null,
                CannotSupport = problem?.Message ?? (userId is null ? "Sign in to support ideas." : null),
                ReturnUrl = returnUrl,
            };
        })];
    }

    /// <summary>How many supports the person has left in the topic; null without a limit or when not signed in.</summary>
    public async Task<int?> SupportsLeftAsync(ContentItem topic, string? userId)
    {
        var part = topic.As<IdeaTopicPart>();
        if (userId is null || part.SupportLimit is null) return null;
        return SupportRules.Left(part, await session.Set<IdeaSupport>().CountAsync(s => s.TopicId == topic.ContentItemId && s.UserId == userId));
    }
}
