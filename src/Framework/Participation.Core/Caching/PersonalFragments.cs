using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;

namespace Participation.Caching;

/// <summary>
/// A personal block's slot while the page is rendered as a template (<see cref="PageTemplateFeature"/>),
/// otherwise the block itself; <see cref="SharedPageTemplates"/> builds each slot's block per request
/// through <see cref="RenderAllAsync"/>. The HTML comes from <see cref="RenderedBlocks"/>, with the
/// request's antiforgery token, one for all its blocks, in their forms.
/// </summary>
internal sealed class PersonalFragments(IHttpContextAccessor accessor, IEnumerable<IPersonalFragment> fragments, RenderedBlocks rendered, IAntiforgery antiforgery) : IPersonalFragments
{
    public async Task<IHtmlContent> RenderAsync(string name, string key)
    {
        var http = accessor.HttpContext ?? throw new InvalidOperationException("A personal block is placed on a page being rendered for a request.");
        if (http.Features.Get<PageTemplateFeature>() is { } template && template.AddFragment(name, key) is { } marker) return new HtmlString(marker);
        return new HtmlString(await RenderNowAsync(http, name, key));
    }

    /// <summary>The block for the person of <paramref name="http"/>; empty when no module shows one by that name (it is not enabled).</summary>
    public async Task<string> RenderNowAsync(HttpContext http, string name, string key)
        => fragments.FirstOrDefault(f => f.Name == name) is { } fragment && await fragment.BuildAsync(key, http) is { } view ? await rendered.RenderAsync(http, name, view, () => Token(http)) : "";

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
            for (var i = 0; i < places.Count; i++) blocks[places[i].index] = views[i] is { } view ? await rendered.RenderAsync(http, group.Key, view, () => Token(http)) : "";
        }
        return blocks;
    }

    /// <summary>
    /// What the request's forms carry, through the site's antiforgery: the person's token (made once
    /// per request, whatever the number of forms), or the template's marker or a visitor's empty field
    /// while the page is shared (<see cref="UncachedTokenAntiforgery"/>).
    /// </summary>
    private string Token(HttpContext http) => antiforgery.GetAndStoreTokens(http).RequestToken ?? "";
}
