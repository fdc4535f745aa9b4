using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Participation.Http;

namespace Participation.Hosting;

/// <summary>The <see cref="RateLimitPolicies.PublicWrite"/> policy: public forms take a few posts a minute per address.</summary>
internal static class RateLimitHosting
{
    public static IServiceCollection AddParticipationRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        return services.AddRateLimiter(options =>
        {
            var permits = configuration.GetValue("Participation:RateLimits:PublicWritePermitLimit", 20);
            var window = TimeSpan.FromSeconds(configuration.GetValue("Participation:RateLimits:WindowSeconds", 60));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(RateLimitPolicies.PublicWrite, context =>
                // Only writes count; showing the form again is free.
                HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                    ? RateLimitPartition.GetNoLimiter("read")
                    : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 }));
            options.OnRejected = async (context, token) =>
            {
                var t = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizerFactory>().Create(typeof(RateLimitHosting));
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(t["Too many requests from your address. Please wait a minute and try again."], token);
            };
        });
    }
}
