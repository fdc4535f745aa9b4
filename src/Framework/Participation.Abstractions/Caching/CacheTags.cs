namespace Participation.Caching;

/// <summary>
/// What a cached page shows, so that a change to it evicts the page (<see cref="IPageCache.EvictAsync"/>).
/// The host evicts the content tags when an item is published, unpublished, updated live,
/// removed or moves stage, and <see cref="Site"/> when a site document (settings, lists) is saved.
/// </summary>
public static class CacheTags
{
    /// <summary>Every public page: the layout shows the site's name, menus and settings.</summary>
    public const string Site = "site";

    /// <summary>A page that gathers content of every type (the home page).</summary>
    public const string AllContent = "content";

    /// <summary>For attribute arguments: <c>Tags = [CacheTags.ContentTypePrefix + ContentTypes.Poll]</c>.</summary>
    public const string ContentTypePrefix = "content-type:";

    public const string ContentItemPrefix = "content-item:";

    /// <summary>A list of the type: evicted whenever an item of the type appears, changes or goes.</summary>
    public static string ContentType(string contentType) => ContentTypePrefix + contentType;

    /// <summary>A page showing the item, its comments or its counts.</summary>
    public static string ContentItem(string contentItemId) => ContentItemPrefix + contentItemId;

    /// <summary>
    /// A page showing what a search index found. Each node searches its own copy of the index, which
    /// hears of another node's change a moment after that node evicted the pages: a page rendered in
    /// that moment is evicted again as this node applies the change (the search module does).
    /// </summary>
    public static string SearchIndex(string index) => "search-index:" + index;
}
