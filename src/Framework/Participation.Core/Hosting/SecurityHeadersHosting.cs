using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Participation.Http;

namespace Participation.Hosting;

/// <summary>Security headers (CSP with a per-request nonce, nosniff, referrer and permissions policies) on every response.</summary>
internal static class SecurityHeadersHosting
{
    public static IServiceCollection AddParticipationSecurityHeaders(this IServiceCollection services)
        => services.AddScoped<ContentSecurityPolicyNonce>();

    public static IApplicationBuilder UseParticipationSecurityHeaders(this IApplicationBuilder app)
        => app.UseMiddleware<SecurityHeadersMiddleware>();
}
