using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Participation.ContentManagement;
using Participation.Ideas.Models;
using Participation.Ideas.ViewModels;
using Participation.Users;

namespace Participation.Ideas.Services;

/// <summary>
/// Builds the idea cards every reader sees, the texts in one query for a whole list; what is the
/// reader's own (their support, supports left) is a personal block (<see cref="SupportFragment"/>).
/// </summary>
public sealed class IdeaViews(IContentManager contentManager)
{
    /// <summary>Short descriptions on cards; the idea's page shows the whole text.</summary>
    private const int SummaryLength = 280;

    public static bool IsVerified(ClaimsPrincipal user) => user.HasClaim(ParticipationClaims.IdentityVerified, "true");

    public async Task<IReadOnlyList<IdeaCardViewModel>> CardsAsync(IReadOnlyList<IdeaIndex> rows, bool summaries = true)
    {
        var ids = rows.Select(r => r.ContentItemId).ToList();
        var texts = await contentManager.Query().AsNoTracking().Where(x => ids.Contains(x.ContentItemId)).ToDictionaryAsync(x => x.ContentItemId, x => x.As<IdeaPart>().Description);
        return [.. rows.Select(row =>
        {
            var text = texts.GetValueOrDefault(row.ContentItemId) ?? "";
            return new IdeaCardViewModel { Row = row, Description = summaries && text.Length > SummaryLength ? text[..SummaryLength].TrimEnd() + "…" : text };
        })];
    }
}
