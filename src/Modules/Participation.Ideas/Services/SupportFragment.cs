using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Participation.Caching;
using Participation.Ideas.Domain;
using Participation.Ideas.ViewModels;
using Participation.Users;

namespace Participation.Ideas.Services;

/// <summary>
/// An idea's support button in the reader's own state (supporting it or not, or why they may not),
/// one block per card on a topic's page and on the idea's page, so both are shared by signed-in
/// people. The idea's topic, author and rules come from <see cref="SupportTargets"/>' data cache;
/// the person's supports from <see cref="OwnSupports"/>, one read for every card of the page.
/// </summary>
public sealed class SupportFragment(SupportTargets targets, OwnSupports supports, UserManager<ParticipationUser> users, TimeProvider clock) : IPersonalFragment
{
    public const string FragmentName = "idea-support";

    public string Name => FragmentName;

    /// <summary>The idea and its status as the shared page shows it (the status moves in many places; the page is evicted or refreshed with it).</summary>
    public static string Key(string ideaId, string status) => ideaId + " " + status;

    public async Task<PersonalFragmentView?> BuildAsync(string key, HttpContext http)
    {
        if (key.Split(' ') is not [var ideaId, var status] || await targets.GetAsync(ideaId) is not { } target) return null;
        var userId = users.GetUserId(http.User);
        var supported = userId is not null && (await supports.InTopicAsync(target.TopicId, userId)).Contains(ideaId);
        var now = clock.GetUtcNow().UtcDateTime;
        var problem = supported
            ? SupportRules.CanWithdraw(target.Topic, target.TopicStage, now)
            : SupportRules.CanSupport(target.Topic, target.TopicStage, status, userId is not null && target.AuthorId == userId, now, userId is null || IdeaViews.IsVerified(http.User));
        return new PersonalFragmentView("~/Areas/Participation.Ideas/Views/Ideas/_IdeaSupport.cshtml", new IdeaSupportViewModel
        {
            IdeaId = ideaId, SupportedByMe = supported,
            CanAct = userId is not null && problem is null,
            CannotSupport = problem?.Message ?? (userId is null ? "Sign in to support ideas." : null),
            // The template is kept per path and query: this is the page the reader was served.
            ReturnUrl = http.Request.Path + http.Request.QueryString,
        });
    }
}
