using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Caching.Memory;

namespace Participation.Caching;

/// <summary>
/// The HTML of the personal blocks (<see cref="IPersonalFragment"/>), kept by what decides it: the
/// block's view, the page's language and its model, as JSON. Readers in the same state (not voted
/// yet, following, supports left: the same model) are served one rendering, and a block's view runs
/// only when its model is new: a signed-in page's blocks cost their reads, not a Razor view each.
/// A form's token is rendered as <see cref="TokenMarker"/> and filled per request with the reader's
/// own, so what is kept is never a person's. A block that reads anything but its model and language
/// would be wrong here; <see cref="IPersonalFragment"/> says so to the modules. Nothing is evicted:
/// a change changes the model, so the key. The store is bounded and an entry not read for a while goes.
/// </summary>
internal sealed class RenderedBlocks(ICompositeViewEngine engine, IModelMetadataProvider metadata, ITempDataDictionaryFactory tempData) : IDisposable
{
    /// <summary>What the rendered blocks may hold, in characters of key and HTML.</summary>
    private const long Capacity = 2 * 1024 * 1024;

    private static readonly TimeSpan Unread = TimeSpan.FromMinutes(5);

    // Tuples' items are fields; an entity's navigation may point back at it.
    private static readonly JsonSerializerOptions ModelJson = new() { IncludeFields = true, ReferenceHandler = ReferenceHandler.IgnoreCycles };

    private readonly MemoryCache _kept = new(new MemoryCacheOptions { SizeLimit = Capacity });

    /// <summary>Letters only, random per process, as a template's marker is: no text a block shows can know it.</summary>
    public string TokenMarker { get; } = "blocktoken" + RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz", 26);

    /// <summary>The block's HTML for this request, with <paramref name="token"/>'s value (asked once, only when a form needs it) in its forms.</summary>
    public async Task<string> RenderAsync(HttpContext http, string name, PersonalFragmentView view, Func<string> token)
    {
        var key = KeyOf(view);
        if (!_kept.TryGetValue(key, out string? html) || html is null)
        {
            (html, var keepable) = await RenderViewAsync(http, name, view);
            if (keepable) _kept.Set(key, html, new MemoryCacheEntryOptions { Size = key.Length + html.Length, SlidingExpiration = Unread });
        }
        return html.Contains(TokenMarker, StringComparison.Ordinal) ? html.Replace(TokenMarker, token(), StringComparison.Ordinal) : html;
    }

    private static string KeyOf(PersonalFragmentView view)
    {
        var model = view.Model is { } value ? JsonSerializer.Serialize(value, value.GetType(), ModelJson) : "null";
        return string.Join('\n', view.ViewPath, CultureInfo.CurrentUICulture.Name, view.Model?.GetType().FullName, model);
    }

    private async Task<(string Html, bool Keepable)> RenderViewAsync(HttpContext http, string name, PersonalFragmentView view)
    {
        var found = engine.GetView(executingFilePath: null, view.ViewPath, isMainPage: false);
        if (!found.Success) throw new InvalidOperationException($"The personal block '{name}' names the view '{view.ViewPath}', which was not found.");
        var context = new ActionContext(http, http.GetRouteData(), new ActionDescriptor());
        await using var writer = new StringWriter();
        var data = new ViewDataDictionary(metadata, new ModelStateDictionary()) { Model = view.Model };
        var previous = http.Features.Get<BlockRenderFeature>();
        var feature = new BlockRenderFeature(TokenMarker);
        http.Features.Set(feature);
        try
        {
            await found.View.RenderAsync(new ViewContext(context, found.View, data, tempData.GetTempData(http), writer, new HtmlHelperOptions()));
        }
        finally
        {
            http.Features.Set(previous);
        }
        return (writer.ToString(), feature.Keepable);
    }

    public void Dispose() => _kept.Dispose();
}
