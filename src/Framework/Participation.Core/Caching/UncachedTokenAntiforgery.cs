using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;

namespace Participation.Caching;

/// <summary>
/// The framework's antiforgery, which also keeps out of the output cache any response it hands a
/// token to: one person's token must never be served to another. Forms that post are shown to
/// signed-in people, whose pages are never cached; this is the guard should one reach a public page.
/// While a page is rendered as a template for signed-in people (<see cref="PageTemplateFeature"/>),
/// a form is handed the template's marker instead, which each request fills with its person's token.
/// A personal block kept for every reader in its state (<see cref="RenderedBlocks"/>) is rendered with its own marker.
/// A visitor reading a page marked <see cref="FormTokenFetchedAttribute"/> is handed an empty token
/// and no cookie: the page may be cached, and its script fetches a token when the form is used.
/// </summary>
internal sealed class UncachedTokenAntiforgery(IAntiforgery antiforgery, AntiforgeryOptions options) : IAntiforgery
{
    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext)
    {
        if (StandIn(httpContext) is { } standIn) return standIn;
        KeepOutOfCache(httpContext);
        return antiforgery.GetAndStoreTokens(httpContext);
    }

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext)
    {
        if (StandIn(httpContext) is { } standIn) return standIn;
        KeepOutOfCache(httpContext);
        return antiforgery.GetTokens(httpContext);
    }

    public void SetCookieTokenAndHeader(HttpContext httpContext)
    {
        KeepOutOfCache(httpContext);
        // A page that hands its token some other way than a form field is not shared.
        if (httpContext.Features.Get<PageTemplateFeature>() is { } template) template.Shareable = false;
        if (httpContext.Features.Get<BlockRenderFeature>() is { } block) block.Keepable = false;
        antiforgery.SetCookieTokenAndHeader(httpContext);
    }

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => antiforgery.IsRequestValidAsync(httpContext);

    public Task ValidateRequestAsync(HttpContext httpContext) => antiforgery.ValidateRequestAsync(httpContext);

    /// <summary>
    /// What a form is handed instead of a token: the marker of a personal block being rendered to be
    /// kept (<see cref="BlockRenderFeature"/>) or of the template, an empty field for a visitor's page
    /// whose script fetches one, else nothing.
    /// </summary>
    private AntiforgeryTokenSet? StandIn(HttpContext httpContext)
    {
        var value = httpContext.Features.Get<BlockRenderFeature>() is { } block ? block.TokenMarker
            : httpContext.Features.Get<PageTemplateFeature>() is { } template ? template.TokenMarker
            : FetchedOnUse(httpContext) ? ""
            : null;
        return value is null ? null : new AntiforgeryTokenSet(value, null, options.FormFieldName, options.HeaderName);
    }

    private static bool FetchedOnUse(HttpContext httpContext)
        => httpContext.User.Identity?.IsAuthenticated != true
            && (HttpMethods.IsGet(httpContext.Request.Method) || HttpMethods.IsHead(httpContext.Request.Method))
            && httpContext.GetEndpoint()?.Metadata.GetMetadata<FormTokenFetchedAttribute>() is not null;

    private static void KeepOutOfCache(HttpContext httpContext)
    {
        if (httpContext.Features.Get<IOutputCacheFeature>() is { } cache) cache.Context.AllowCacheStorage = false;
    }
}
