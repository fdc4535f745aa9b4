using Microsoft.AspNetCore.Http;
using Participation.Caching;
using Participation.Users;

namespace Participation.Comments.Services;

/// <summary>
/// The comment form's "I accept the participation policy" checkbox, for a person who has not accepted
/// it yet; whether they have comes from the summary cached with their security stamp (evicted when
/// the claim is added), not a read of the account.
/// </summary>
public sealed class CommentTermsFragment(IAccountSummaries accounts) : IPersonalFragment
{
    public const string FragmentName = "comment-terms";

    public string Name => FragmentName;

    /// <summary>The key is unused: the checkbox is the same on every item.</summary>
    public async Task<PersonalFragmentView?> BuildAsync(string key, HttpContext http)
        => (await accounts.GetAsync(http.User))?.HasClaim(CommentPosting.TermsClaim) == true
            ? null
            : new PersonalFragmentView("~/Areas/Participation.Comments/Views/CommentTerms.cshtml", null);
}
