using Microsoft.AspNetCore.Http;
using Participation.Caching;

namespace Participation.Polls.Services;

/// <summary>
/// A poll as its reader sees it — the ballot with their choices, or why they cannot vote, and the
/// results once they may see them — on the poll's page and wherever the poll is placed, so a page
/// shared by signed-in people shows each their own. The poll comes from <see cref="VotingPolls"/>'
/// data cache, their ballots (<see cref="OwnBallots"/>) and, when results show, the counts
/// (<see cref="PollResults"/>) too: a block sends no SQL while they are kept. The polls of a list
/// (the archive) are built together, the person's ballots and the counts of all read at once.
/// </summary>
public sealed class BallotFragment(VotingPolls polls, PollViews views) : IPersonalFragment
{
    public const string FragmentName = "poll";

    /// <summary>Placed on another item (a widget): its title links to the poll, and a vote comes back here.</summary>
    private const string WidgetSuffix = ":widget";

    public string Name => FragmentName;

    public static string Key(string pollId, bool widget = false) => widget ? pollId + WidgetSuffix : pollId;

    private const string ViewPath = "~/Areas/Participation.Polls/Views/Poll.cshtml";

    private static bool IsWidget(string key) => key.EndsWith(WidgetSuffix, StringComparison.Ordinal);

    public async Task<PersonalFragmentView?> BuildAsync(string key, HttpContext http) => (await BuildAllAsync([key], http))[0];

    public async Task<IReadOnlyList<PersonalFragmentView?>> BuildAllAsync(IReadOnlyList<string> keys, HttpContext http)
    {
        var blocks = new PersonalFragmentView?[keys.Count];
        // A placed poll returns its vote to the page it is on; one on its page or in a list, to its own page.
        foreach (var widget in new[] { false, true })
        {
            var places = Enumerable.Range(0, keys.Count).Where(i => IsWidget(keys[i]) == widget).ToList();
            if (places.Count == 0) continue;
            var read = await polls.GetAllAsync([.. places.Select(i => widget ? keys[i][..^WidgetSuffix.Length] : keys[i])]);
            var found = places.Zip(read).Where(p => p.Second is not null).Select(p => (Index: p.First, Poll: p.Second!)).ToList();
            if (found.Count == 0) continue;
            var models = await views.BuildAsync([.. found.Select(f => f.Poll)], widget ? http.Request.Path.Value : null, widget);
            for (var i = 0; i < found.Count; i++) blocks[found[i].Index] = new PersonalFragmentView(ViewPath, models[i]);
        }
        return blocks;
    }
}
