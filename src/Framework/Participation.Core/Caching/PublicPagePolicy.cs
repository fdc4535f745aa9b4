using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace Participation.Caching;

/// <summary>
/// <see cref="PublicPage.Policy"/>: only a visitor who is not signed in, reading (GET; HEAD arrives
/// as GET), with no notice or draft waiting in TempData, is served from the cache or fills it, in
/// the language the request localisation chose. A response is stored only when it is a 200 that
/// sets no cookie and is not marked no-store (the antiforgery also marks a page with a token, see
/// <see cref="UncachedTokenAntiforgery"/>).
/// </summary>
internal sealed class PublicPagePolicy(PublicPageOptions options) : IOutputCachePolicy
{
    private readonly TimeSpan _lifetime = TimeSpan.FromSeconds(options.PageSeconds);

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var request = http.Request;
        context.EnableOutputCaching = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && http.User.Identity?.IsAuthenticated != true
            && !request.Headers.ContainsKey(HeaderNames.Authorization)
            // A notice or a kept draft is for this visitor's next page only.
            && !request.Cookies.ContainsKey(CookieTempDataProvider.CookieName);
        if (!context.EnableOutputCaching) return ValueTask.CompletedTask;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        // Visitors arriving together at a missing page wait for one rendering of it.
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = _lifetime;
        context.CacheVaryByRules.QueryKeys = "*";
        // Whichever way the culture came (query, cookie), the rendered language is the key.
        context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
        foreach (var cookie in options.VaryByCookies) context.CacheVaryByRules.VaryByValues["cookie:" + cookie] = request.Cookies.ContainsKey(cookie) ? "1" : "0";
        context.Tags.Add(CacheTags.Site);
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK
            || response.Headers.SetCookie.Count > 0
            || response.Headers.CacheControl.Any(v => v?.Contains("no-store", StringComparison.OrdinalIgnoreCase) == true))
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}
