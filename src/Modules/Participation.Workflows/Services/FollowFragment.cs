using Microsoft.AspNetCore.Http;
using Participation.Caching;

namespace Participation.Workflows.Services;

/// <summary>
/// The "follow updates" button in the reader's own state (following or not; a visitor is asked to
/// sign in), on a page shared by signed-in people too: whether they follow it comes from their set of
/// followed items in the data cache (<see cref="FollowedItems"/>), no query on most requests.
/// </summary>
public sealed class FollowFragment : IPersonalFragment
{
    public const string FragmentName = "follow";

    public string Name => FragmentName;

    /// <summary>The key is the item's id; the view reads the person's subscription to it.</summary>
    public Task<PersonalFragmentView?> BuildAsync(string key, HttpContext http)
        => Task.FromResult<PersonalFragmentView?>(new PersonalFragmentView("~/Areas/Participation.Workflows/Views/Follow.cshtml", key));
}
