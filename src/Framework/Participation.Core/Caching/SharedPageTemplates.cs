using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Participation.Security;

namespace Participation.Caching;

/// <summary>
/// Serves a page marked <see cref="SharedTemplateAttribute"/> from a template kept in the output
/// cache's store, filled with the reader's own antiforgery token; a missing template is rendered
/// with markers in place of the tokens (<see cref="PageTemplateFeature"/>), kept, and filled the same
/// way. Kept apart per host, path and query, language, cookie-notice cookie and reader (visitors, or
/// a signed-in person's role set, as the menu shows what the roles permit), under the tags the
/// page's rendering gave it and <see cref="CacheTags.Site"/>, so whatever evicts the visitors' page
/// evicts the template too, on every node. Not for a request with a notice or draft waiting
/// (TempData), nor for any other method; kept only from a 200 HTML page that left no notice for
/// later and showed nothing personal. The page a reader is served never carries another reader's
/// token: only the marker is shared. A visitor's filled page sets their antiforgery cookie, so the
/// output cache never keeps it (<see cref="UncachedTokenAntiforgery"/>).
/// The personal blocks (<see cref="IPersonalFragment"/>) are slots in the template, each built for
/// the reader per request: their ballot, support or follow, never another's.
/// </summary>
internal sealed class SharedPageTemplates(RequestDelegate next, IOutputCacheStore store, IAntiforgery antiforgery, IOptions<PublicPageOptions> options, IConfiguration configuration)
{
    /// <summary>Off (<c>Participation:OutputCache:SharedTemplates</c> false) renders every such page for its reader, as before.</summary>
    private readonly bool _enabled = configuration.GetValue("Participation:OutputCache:SharedTemplates", true);

    /// <summary>Apart from the visitors' pages and <see cref="PageCache"/>'s values in the same store.</summary>
    private const string KeyPrefix = "shared-template:";

    public async Task InvokeAsync(HttpContext http)
    {
        if (!_enabled || !Applies(http))
        {
            await next(http);
            return;
        }
        var key = KeyOf(http);
        if (await store.GetAsync(key, http.RequestAborted) is { } kept && PageTemplate.Read(kept) is { } template)
        {
            http.Response.ContentType = template.ContentType;
            await WriteAsync(http, template);
            return;
        }

        var feature = new PageTemplateFeature();
        http.Features.Set(feature);
        var response = http.Response;
        var body = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next(http);
        }
        finally
        {
            response.Body = body;
            http.Features.Set<PageTemplateFeature>(null);
        }
        var rendered = new PageTemplate(feature.TokenMarker, response.ContentType ?? "", buffer.ToArray(), feature.Fragments);
        if (Keepable(http, feature))
        {
            // A page without an output cache policy (a visitors' form) is kept under Site alone.
            var cache = http.Features.Get<IOutputCacheFeature>()?.Context;
            var lifetime = TimeSpan.FromSeconds(options.Value.PageSeconds);
            if (cache?.ResponseExpirationTimeSpan is { } expiry && expiry < lifetime) lifetime = expiry;
            await store.SetAsync(key, rendered.ToBytes(), [.. (cache?.Tags ?? []).Append(CacheTags.Site).Distinct()], lifetime, CancellationToken.None);
        }
        await WriteAsync(http, rendered);
    }

    private static bool Applies(HttpContext http)
    {
        var request = http.Request;
        if (!HttpMethods.IsGet(request.Method)
            || request.Headers.ContainsKey(HeaderNames.Authorization)
            || request.Cookies.ContainsKey(CookieTempDataProvider.CookieName)
            || http.GetEndpoint()?.Metadata.GetMetadata<SharedTemplateAttribute>() is not { } shared) return false;
        return http.User.Identity?.IsAuthenticated == true ? shared.SignedIn : shared.Visitors;
    }

    private string KeyOf(HttpContext http)
    {
        var request = http.Request;
        // A visitor's set is Anonymous alone; a signed-in person's always holds Authenticated.
        var roles = string.Join(",", PermissionHandler.RolesOf(http.User).Order(StringComparer.Ordinal));
        var cookies = string.Concat(options.Value.VaryByCookies.Order(StringComparer.Ordinal).Select(c => request.Cookies.ContainsKey(c) ? "1" : "0"));
        return $"{KeyPrefix}{CultureInfo.CurrentUICulture.Name}|{cookies}|{roles}|{request.Host}{request.PathBase}{request.Path}{request.QueryString}";
    }

    private static bool Keepable(HttpContext http, PageTemplateFeature feature)
    {
        var response = http.Response;
        return feature.Shareable
            && response.StatusCode == StatusCodes.Status200OK
            && response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true
            // A notice or draft left for the person's next page.
            && !response.Headers.SetCookie.Any(c => c?.StartsWith(CookieTempDataProvider.CookieName + "=", StringComparison.Ordinal) == true);
    }

    /// <summary>
    /// The page with this reader's token in every form (a token is made only when a form needs one)
    /// and their own block in every slot, built in order (a block's forms carry the same token).
    /// </summary>
    private async Task WriteAsync(HttpContext http, PageTemplate template)
    {
        IReadOnlyList<byte[]> blocks = [];
        if (template.Fragments.Count > 0)
        {
            // The slots of one fragment (a list's cards) are built together, in one read.
            var fragments = http.RequestServices.GetRequiredService<PersonalFragments>();
            blocks = [.. (await fragments.RenderAllAsync(http, template.Fragments)).Select(Encoding.UTF8.GetBytes)];
        }
        var bytes = template.Fill(() => antiforgery.GetAndStoreTokens(http).RequestToken!, blocks);
        // An empty error response is left as it is, for the status code pages to answer.
        if (bytes.Length == 0) return;
        http.Response.ContentLength = bytes.Length;
        await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
    }
}
