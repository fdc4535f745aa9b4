using Microsoft.AspNetCore.Html;

namespace Participation.Caching;

/// <summary>
/// Places an <see cref="IPersonalFragment"/> on the page being rendered: a slot the page's template
/// fills per request while it is rendered as one, the person's (or visitor's) block otherwise.
/// </summary>
public interface IPersonalFragments
{
    Task<IHtmlContent> RenderAsync(string name, string key);
}
