using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Participation.Caching;
using Participation.ContentManagement;

namespace Participation.Hosting;

/// <summary>
/// ASP.NET Core output caching of the public pages (<see cref="PublicPage.Policy"/>), in memory
/// behind the framework's <c>IOutputCacheStore</c> (a shared store replaces it for several
/// servers), tagged by what each page shows and evicted when that changes.
/// </summary>
internal static class OutputCacheHosting
{
    public static IServiceCollection AddParticipationOutputCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PublicPageOptions>(configuration.GetSection("Participation:OutputCache"));
        // The theme's layout shows its cookie notice until this cookie is set.
        services.Configure<PublicPageOptions>(o => o.VaryByCookies.Add("cookie_notice"));
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<PublicPageOptions>>((cache, pages) => cache.AddPolicy(PublicPage.Policy, new PublicPagePolicy(pages.Value)));
        services.AddScoped<IPageCache, PageCache>();
        services.AddSingleton<RenderedBlocks>();
        services.AddScoped<PersonalFragments>();
        services.AddScoped<IPersonalFragments>(sp => sp.GetRequiredService<PersonalFragments>());
        services.AddScoped<IContentHandler, ContentPageEviction>();

        // Wrap the framework's antiforgery so a response carrying a token is never stored, and a
        // post's valid token pair is not decrypted again for a moment (RememberingAntiforgery).
        var antiforgery = services.Last(d => d.ServiceType == typeof(IAntiforgery));
        var implementation = antiforgery.ImplementationType ?? throw new InvalidOperationException("The antiforgery service is expected to be registered by type.");
        services.Remove(antiforgery);
        services.AddSingleton<IAntiforgery>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<AntiforgeryOptions>>().Value;
            return new UncachedTokenAntiforgery(new RememberingAntiforgery((IAntiforgery)ActivatorUtilities.CreateInstance(sp, implementation), options), options);
        });
        return services;
    }

    /// <summary>
    /// After authentication, so the policy knows who is signed in, and after routing, so it finds each
    /// page's policy; the signed-in people's templates inside it, where the page's tags are gathered.
    /// </summary>
    public static IApplicationBuilder UseParticipationOutputCache(this IApplicationBuilder app) => app.UseOutputCache().UseMiddleware<SharedPageTemplates>();
}
