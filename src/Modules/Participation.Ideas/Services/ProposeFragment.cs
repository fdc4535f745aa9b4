using Microsoft.AspNetCore.Http;
using Participation.Caching;
using Participation.Ideas.Domain;

namespace Participation.Ideas.Services;

/// <summary>
/// The way to propose an idea on a topic's page, for the reader: the form's link when they may
/// propose now (a topic for verified identities asks for that claim), the sign-in link for a
/// visitor, nothing when the topic takes no ideas. The topic comes from <see cref="SupportTargets"/>' data cache.
/// </summary>
public sealed class ProposeFragment(SupportTargets targets, TimeProvider clock) : IPersonalFragment
{
    public const string FragmentName = "idea-propose";

    public string Name => FragmentName;

    /// <summary>The key is the topic's id.</summary>
    public async Task<PersonalFragmentView?> BuildAsync(string key, HttpContext http)
    {
        if (await targets.TopicAsync(key) is not { } topic) return null;
        var signedIn = http.User.Identity?.IsAuthenticated == true;
        if (SubmissionRules.CanSubmit(topic.Part, topic.Stage, clock.GetUtcNow().UtcDateTime, !signedIn || IdeaViews.IsVerified(http.User)) is not null) return null;
        return new PersonalFragmentView("~/Areas/Participation.Ideas/Views/Ideas/_Propose.cshtml", (TopicId: key, SignedIn: signedIn));
    }
}
