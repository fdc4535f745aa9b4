using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Participation.Http;

namespace Participation.Hosting;

/// <summary>
/// The <see cref="RateLimitPolicies"/>: each kind of public write takes a few posts a minute per
/// client address, in a bucket of its own. The address is the connection's as resolved by the
/// time the limiter runs, so forwarded-headers handling placed before it (behind a proxy) gives
/// every visitor their own bucket.
/// </summary>
internal static class RateLimitHosting
{
    public static IServiceCollection AddParticipationRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        return services.AddRateLimiter(options =>
        {
            var section = configuration.GetSection("Participation:RateLimits");
            var window = TimeSpan.FromSeconds(section.GetValue("WindowSeconds", 60));
            var permitsByDefault = section.GetValue("PermitLimit", 20);
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            foreach (var policy in RateLimitPolicies.All)
            {
                var permits = section.GetValue($"{policy}:PermitLimit", permitsByDefault);
                options.AddPolicy(policy, context =>
                    // Only writes count; showing the form again is free.
                    HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                        ? RateLimitPartition.GetNoLimiter("read")
                        : RateLimitPartition.GetFixedWindowLimiter(ClientAddress(context),
                            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 }));
            }
            // An API is read by programs: its reads count too, in a bucket of their own.
            var apiPermits = section.GetValue($"{RateLimitPolicies.OpenData}:PermitLimit", Math.Max(120, permitsByDefault));
            options.AddPolicy(RateLimitPolicies.OpenData, context => RateLimitPartition.GetFixedWindowLimiter(ClientAddress(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = apiPermits, Window = window, QueueLimit = 0 }));
            options.OnRejected = async (context, token) =>
            {
                var response = context.HttpContext.Response;
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : window;
                response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                var t = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizerFactory>().Create(typeof(RateLimitHosting));
                response.ContentType = "text/plain; charset=utf-8";
                await response.WriteAsync(t["Too many requests from your address. Please wait a minute and try again."], token);
            };
        });
    }

    /// <summary>One key per visitor: an IPv4 address seen over IPv6 counts as the IPv4 one.</summary>
    private static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress switch
    {
        null => "unknown",
        { IsIPv4MappedToIPv6: true } address => address.MapToIPv4().ToString(),
        IPAddress address => address.ToString(),
    };
}
