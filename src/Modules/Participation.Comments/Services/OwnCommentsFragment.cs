using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Participation.Caching;
using Participation.Users;

namespace Participation.Comments.Services;

/// <summary>
/// The reader's own comments on an item that others do not see (waiting for review, hidden with the
/// reason), above the thread everyone shares: nothing for a visitor or for a person with none, which
/// is known without a query for most (<see cref="OwnCommentItems"/>).
/// </summary>
public sealed class OwnCommentsFragment(CommentThreads threads, OwnCommentItems items, UserManager<ParticipationUser> users) : IPersonalFragment
{
    public const string FragmentName = "comments-own";

    public string Name => FragmentName;

    /// <summary>The key is the item's id.</summary>
    public async Task<PersonalFragmentView?> BuildAsync(string key, HttpContext http)
    {
        if (users.GetUserId(http.User) is not { } userId || !await items.AnyOnAsync(userId, key)) return null;
        var own = await threads.OwnAsync(key, userId);
        return own.Count == 0 ? null : new PersonalFragmentView("~/Areas/Participation.Comments/Views/OwnComments.cshtml", own);
    }
}
