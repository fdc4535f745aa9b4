namespace Participation.Caching;

/// <summary>
/// The output cache policy of the pages anyone may read, for
/// <c>[OutputCache(PolicyName = PublicPage.Policy)]</c> on a GET action. A page under it is served
/// from the cache to visitors who are not signed in, per language, and rendered afresh for a
/// signed-in person. It is stored only when it is a 200 that sets no cookie and hands out no
/// antiforgery token: forms that post belong to signed-in people (who are never served from the
/// cache); a visitor sees a "sign in to take part" link in their place.
/// Say what the page shows with <see cref="IPageCache.Tag"/> (or the attribute's <c>Tags</c>);
/// every page is tagged <see cref="CacheTags.Site"/>, and every item displayed through the display
/// manager <see cref="CacheTags.ContentItem"/> of that item.
/// </summary>
public static class PublicPage
{
    public const string Policy = "PublicPage";
}
