using Microsoft.AspNetCore.Mvc.Razor;
using Participation.Modules;

namespace Participation.Mvc;

/// <summary>
/// Lets any view find a template by name in any module's <c>Views</c> folder, as Orchard's
/// shape templates are found: the contents editor renders <c>TitlePart.Edit</c> wherever it lives.
/// </summary>
public sealed class ModuleViewLocationExpander(IModuleCatalog catalog) : IViewLocationExpander
{
    public void PopulateValues(ViewLocationExpanderContext context) { }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        foreach (var location in viewLocations) yield return location;
        foreach (var module in catalog.Modules.Where(m => !m.Manifest.IsTheme))
            yield return $"/Areas/{module.AreaName}/Views/{{0}}.cshtml";
    }
}
