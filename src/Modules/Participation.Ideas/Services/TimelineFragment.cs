using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Participation.Caching;
using Participation.Ideas.Models;
using Participation.Ideas.ViewModels;
using Participation.Users;

namespace Participation.Ideas.Services;

/// <summary>
/// An idea's status timeline as its reader may see it: every step for its author (the review it
/// waited for, a refusal), those of a published idea for everyone else. The steps come from
/// <see cref="IdeaTimelines"/>' data cache, the author from <see cref="SupportTargets"/>': no query per reader.
/// </summary>
public sealed class TimelineFragment(IdeaTimelines timelines, SupportTargets targets, IdeaCustomStatuses customStatuses, UserManager<ParticipationUser> users) : IPersonalFragment
{
    public const string FragmentName = "idea-timeline";

    public string Name => FragmentName;

    /// <summary>The steps the public sees: not the review an idea waited for, nor a refusal.</summary>
    public static bool IsPublic(TimelineStep step) => step.Status is not (IdeaStatus.Pending or IdeaStatus.Refused);

    /// <summary>The key is the idea's id.</summary>
    public async Task<PersonalFragmentView?> BuildAsync(string key, HttpContext http)
    {
        var steps = await timelines.StepsAsync(key);
        var isAuthor = users.GetUserId(http.User) is { } userId && (await targets.GetAsync(key))?.AuthorId == userId;
        // A status the site defined is named here, so the block is decided by what it is handed.
        var defined = await customStatuses.ListAsync();
        var culture = CultureInfo.CurrentUICulture.Name;
        var shown = (isAuthor ? steps : steps.Where(IsPublic)).Select(step => new ShownTimelineStep(step, defined.NameOf(step.CustomStatus, culture))).ToList();
        return new PersonalFragmentView("~/Areas/Participation.Ideas/Views/Ideas/_Timeline.cshtml", shown);
    }
}
