using Microsoft.AspNetCore.Http;
using Participation.Caching;

namespace Participation.Polls.Services;

/// <summary>
/// A poll as its reader sees it — the ballot with their choices, or why they cannot vote, and the
/// results once they may see them — on the poll's page and wherever the poll is placed, so a page
/// shared by signed-in people shows each their own. The poll comes from <see cref="VotingPolls"/>'
/// data cache; the reads are their ballot and, when results show, the kept counts.
/// </summary>
public sealed class BallotFragment(VotingPolls polls, PollViews views) : IPersonalFragment
{
    public const string FragmentName = "poll";

    /// <summary>Placed on another item (a widget): its title links to the poll, and a vote comes back here.</summary>
    private const string WidgetSuffix = ":widget";

    public string Name => FragmentName;

    public static string Key(string pollId, bool widget = false) => widget ? pollId + WidgetSuffix : pollId;

    public async Task<PersonalFragmentView?> BuildAsync(string key, HttpContext http)
    {
        var widget = key.EndsWith(WidgetSuffix, StringComparison.Ordinal);
        if (await polls.GetAsync(widget ? key[..^WidgetSuffix.Length] : key) is not { } poll) return null;
        var model = await views.BuildAsync(poll, widget ? http.Request.Path.Value : null, widget);
        return new PersonalFragmentView("~/Areas/Participation.Polls/Views/Poll.cshtml", model);
    }
}
