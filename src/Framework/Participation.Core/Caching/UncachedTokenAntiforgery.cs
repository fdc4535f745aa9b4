using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;

namespace Participation.Caching;

/// <summary>
/// The framework's antiforgery, which also keeps out of the output cache any response it hands a
/// token to: one person's token must never be served to another. Forms that post are shown to
/// signed-in people, whose pages are never cached; this is the guard should one reach a public page.
/// </summary>
internal sealed class UncachedTokenAntiforgery(IAntiforgery antiforgery) : IAntiforgery
{
    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext)
    {
        KeepOutOfCache(httpContext);
        return antiforgery.GetAndStoreTokens(httpContext);
    }

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext)
    {
        KeepOutOfCache(httpContext);
        return antiforgery.GetTokens(httpContext);
    }

    public void SetCookieTokenAndHeader(HttpContext httpContext)
    {
        KeepOutOfCache(httpContext);
        antiforgery.SetCookieTokenAndHeader(httpContext);
    }

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => antiforgery.IsRequestValidAsync(httpContext);

    public Task ValidateRequestAsync(HttpContext httpContext) => antiforgery.ValidateRequestAsync(httpContext);

    private static void KeepOutOfCache(HttpContext httpContext)
    {
        if (httpContext.Features.Get<IOutputCacheFeature>() is { } cache) cache.Context.AllowCacheStorage = false;
    }
}
