using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Participation.Caching;
using Participation.Ideas.Domain;
using Participation.Users;

namespace Participation.Ideas.Services;

/// <summary>
/// The author's own actions on their idea's page (change it, withdraw it, while the rules allow);
/// nothing for anyone else. The author comes from <see cref="SupportTargets"/>' data cache; the
/// controller's change and withdrawal check the rules again on the idea's row.
/// </summary>
public sealed class AuthorActionsFragment(SupportTargets targets, UserManager<ParticipationUser> users) : IPersonalFragment
{
    public const string FragmentName = "idea-author-actions";

    public string Name => FragmentName;

    /// <summary>The idea, its status and supports as the page shows them.</summary>
    public static string Key(string ideaId, string status, long supports) => $"{ideaId} {status} {supports}";

    public async Task<PersonalFragmentView?> BuildAsync(string key, HttpContext http)
    {
        if (key.Split(' ') is not [var ideaId, var status, var count] || !long.TryParse(count, out var supports)) return null;
        if (users.GetUserId(http.User) is not { } userId || await targets.GetAsync(ideaId) is not { } target || target.AuthorId != userId) return null;
        var canEdit = SubmissionRules.CanEdit(status, supports) is null;
        var canWithdraw = SubmissionRules.CanWithdraw(status) is null;
        return canEdit || canWithdraw ? new PersonalFragmentView("~/Areas/Participation.Ideas/Views/Ideas/_AuthorActions.cshtml", (IdeaId: ideaId, CanEdit: canEdit, CanWithdraw: canWithdraw)) : null;
    }
}
