namespace Participation.Caching;

/// <summary>
/// On a <see cref="PublicPage.Policy"/> action whose page is the same for every signed-in person
/// holding the same roles but for the layout's header and the forms' antiforgery tokens: such a
/// person is served a template of the page rendered once per path and query, language and role set
/// (the menu follows permissions), kept with the page's tags, with their own token written into
/// each form per request. Put it only where nothing else on the page is the person's (their
/// ballot, support, follow or draft); a view that shows something personal anyway calls
/// <see cref="IPageCache.KeepPersonal"/> and the page is not shared.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedTemplateAttribute : Attribute;
