namespace Participation.Caching;

/// <summary>
/// On a page that is the same for all its readers but for the layout's header and the forms'
/// antiforgery tokens: it is rendered once as a template per path and query, language, cookie
/// notice and reader (a visitor, or a signed-in person's role set, as the menu follows permissions),
/// kept with the page's tags, and each request is given it with its own token written into each form.
/// Put it only where nothing else on the page is the reader's (their name, ballot, support, follow
/// or draft); a view that shows something personal anyway calls <see cref="IPageCache.KeepPersonal"/>
/// and the page is not shared.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedTemplateAttribute : Attribute
{
    /// <summary>Signed-in people are served the template (the default); false on a page that is theirs, such as a form filled in with their name.</summary>
    public bool SignedIn { get; set; } = true;

    /// <summary>
    /// Visitors are served the template too: for a page whose visitors' view has a form, which the
    /// output cache must not keep (the request forms). A page the output cache keeps serves its
    /// visitors from there; this is for pages without a <see cref="PublicPage.Policy"/>.
    /// </summary>
    public bool Visitors { get; set; }
}
