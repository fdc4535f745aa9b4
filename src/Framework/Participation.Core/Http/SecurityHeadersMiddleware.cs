using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Participation.Http;

/// <summary>
/// The browser-side defences on every response, pages, error pages and files alike: scripts and
/// styles only from the site (or with this request's nonce), no framing by other sites, no
/// MIME sniffing, origin-only referrers, and no camera, microphone or location.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        // Added as the response starts, so error pages re-executed after a cleared response keep them.
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            var nonce = context.RequestServices.GetRequiredService<ContentSecurityPolicyNonce>().Value;
            // A response that sets its own (a download, say) keeps it.
            headers.TryAdd("Content-Security-Policy",
                "default-src 'self'; " +
                $"script-src 'self' 'nonce-{nonce}'; " +
                // No 'unsafe-inline': style attributes are refused too (Markdown drops them).
                $"style-src 'self' 'nonce-{nonce}'; " +
                // data: for the fonts the archive report embeds, and small inline images.
                "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; " +
                "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'");
            headers.TryAdd("X-Content-Type-Options", "nosniff");
            headers.TryAdd("X-Frame-Options", "SAMEORIGIN");
            headers.TryAdd("Referrer-Policy", "strict-origin-when-cross-origin");
            headers.TryAdd("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
            return Task.CompletedTask;
        });
        return next(context);
    }
}
