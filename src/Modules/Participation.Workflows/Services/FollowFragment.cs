using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Participation.Caching;
using Participation.Users;
using Participation.Workflows.ViewModels;

namespace Participation.Workflows.Services;

/// <summary>
/// The "follow updates" button in the reader's own state (following or not; a visitor is asked to
/// sign in), on a page shared by signed-in people too: whether they follow it comes from their set of
/// followed items in the data cache (<see cref="FollowedItems"/>), no query on most requests.
/// </summary>
public sealed class FollowFragment(FollowedItems followed, UserManager<ParticipationUser> users) : IPersonalFragment
{
    public const string FragmentName = "follow";

    public string Name => FragmentName;

    /// <summary>The key is the item's id.</summary>
    public async Task<PersonalFragmentView?> BuildAsync(string key, HttpContext http)
    {
        var userId = http.User.Identity?.IsAuthenticated == true ? users.GetUserId(http.User) : null;
        var following = userId is not null && await followed.FollowsAsync(userId, key);
        var here = http.Request.Path + http.Request.QueryString;
        return new PersonalFragmentView("~/Areas/Participation.Workflows/Views/Follow.cshtml", new FollowBlock(key, userId is not null, following, here));
    }
}
