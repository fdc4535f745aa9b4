using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;

namespace Participation.Caching;

/// <summary>
/// A personal block's slot while the page is rendered as a template (<see cref="PageTemplateFeature"/>),
/// otherwise the block itself; <see cref="SharedPageTemplates"/> builds each slot's block per request
/// through <see cref="RenderAllAsync"/>, with the request's own antiforgery token in its forms.
/// </summary>
internal sealed class PersonalFragments(IHttpContextAccessor accessor, IEnumerable<IPersonalFragment> fragments, ICompositeViewEngine engine, IModelMetadataProvider metadata, ITempDataDictionaryFactory tempData) : IPersonalFragments
{
    public async Task<IHtmlContent> RenderAsync(string name, string key)
    {
        var http = accessor.HttpContext ?? throw new InvalidOperationException("A personal block is placed on a page being rendered for a request.");
        if (http.Features.Get<PageTemplateFeature>() is { } template && template.AddFragment(name, key) is { } marker) return new HtmlString(marker);
        return new HtmlString(await RenderNowAsync(http, name, key));
    }

    /// <summary>The block for the person of <paramref name="http"/>; empty when no module shows one by that name (it is not enabled).</summary>
    public async Task<string> RenderNowAsync(HttpContext http, string name, string key)
        => fragments.FirstOrDefault(f => f.Name == name) is { } fragment && await fragment.BuildAsync(key, http) is { } view ? await RenderViewAsync(http, name, view) : "";

    /// <summary>
    /// The blocks of a template's slots for the person of <paramref name="http"/>, in the slots'
    /// order: the slots of one fragment are built together (<see cref="IPersonalFragment.BuildAllAsync"/>).
    /// </summary>
    public async Task<IReadOnlyList<string>> RenderAllAsync(HttpContext http, IReadOnlyList<FragmentSlot> slots)
    {
        var blocks = new string[slots.Count];
        foreach (var group in slots.Select((slot, index) => (slot, index)).GroupBy(s => s.slot.Name))
        {
            var places = group.ToList();
            if (fragments.FirstOrDefault(f => f.Name == group.Key) is not { } fragment)
            {
                foreach (var (_, index) in places) blocks[index] = "";
                continue;
            }
            var views = await fragment.BuildAllAsync([.. places.Select(p => p.slot.Key)], http);
            for (var i = 0; i < places.Count; i++) blocks[places[i].index] = views[i] is { } view ? await RenderViewAsync(http, group.Key, view) : "";
        }
        return blocks;
    }

    private async Task<string> RenderViewAsync(HttpContext http, string name, PersonalFragmentView view)
    {
        var context = new ActionContext(http, http.GetRouteData(), new ActionDescriptor());
        var found = engine.GetView(executingFilePath: null, view.ViewPath, isMainPage: false);
        if (!found.Success) throw new InvalidOperationException($"The personal block '{name}' names the view '{view.ViewPath}', which was not found.");
        await using var writer = new StringWriter();
        var data = new ViewDataDictionary(metadata, new ModelStateDictionary()) { Model = view.Model };
        await found.View.RenderAsync(new ViewContext(context, found.View, data, tempData.GetTempData(http), writer, new HtmlHelperOptions()));
        return writer.ToString();
    }
}
