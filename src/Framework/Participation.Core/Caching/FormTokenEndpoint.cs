using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Participation.Caching;

/// <summary>
/// <c>GET /antiforgery/token</c>: a token of the caller's own (and its cookie) for a form on a page
/// the output cache keeps for every visitor (<see cref="FormTokenFetchedAttribute"/>); the theme's
/// script asks for it when such a form is first used. Never stored by any cache.
/// </summary>
public static class FormTokenEndpoint
{
    public static IEndpointConventionBuilder MapFormToken(this IEndpointRouteBuilder routes)
        => routes.MapGet(FormToken.Path, (HttpContext context) =>
        {
            var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
            context.Response.Headers.CacheControl = "no-store";
            return Results.Json(new { field = tokens.FormFieldName, token = tokens.RequestToken });
        }).WithDisplayName("Form token");
}
