using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Participation.Caching;
using Participation.Ideas.Domain;
using Participation.Users;

namespace Participation.Ideas.Services;

/// <summary>
/// How many supports the signed-in reader has left in a topic that limits them; nothing for a
/// visitor or without a limit. Counted from <see cref="OwnSupports"/>, the read the page's support
/// buttons share.
/// </summary>
public sealed class SupportsLeftFragment(SupportTargets targets, OwnSupports supports, UserManager<ParticipationUser> users) : IPersonalFragment
{
    public const string FragmentName = "idea-supports-left";

    public string Name => FragmentName;

    /// <summary>The topic, and the class the page gives the line (a notice on the topic, muted on an idea).</summary>
    public static string Key(string topicId, string cssClass) => topicId + " " + cssClass;

    public async Task<PersonalFragmentView?> BuildAsync(string key, HttpContext http)
    {
        if (key.Split(' ') is not [var topicId, var cssClass] || users.GetUserId(http.User) is not { } userId) return null;
        if (await targets.TopicAsync(topicId) is not { Part.SupportLimit: not null } topic) return null;
        var left = SupportRules.Left(topic.Part, (await supports.InTopicAsync(topicId, userId)).Count)!.Value;
        return new PersonalFragmentView("~/Areas/Participation.Ideas/Views/Ideas/_SupportsLeft.cshtml", (left, cssClass));
    }
}
