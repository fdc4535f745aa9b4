namespace Participation.Caching;

/// <summary>How <see cref="PublicPage.Policy"/> keeps pages (<c>Participation:OutputCache</c> in configuration).</summary>
public sealed class PublicPageOptions
{
    /// <summary>The longest a page is kept: tags evict on every change, this bounds what no event reaches (relative dates).</summary>
    public int PageSeconds { get; set; } = 60;

    /// <summary>
    /// Cookies whose presence changes a public page (the theme's cookie notice): each is cached
    /// apart with and without it. Only presence counts, never the value.
    /// </summary>
    public ISet<string> VaryByCookies { get; } = new HashSet<string>(StringComparer.Ordinal);
}
