using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Participation.Localization;

namespace Participation.Hosting;

/// <summary>Arabic first, English too, from the modules' PO files; the visitor's choice sticks in a cookie.</summary>
internal static class LocalizationHosting
{
    public static readonly CultureInfo[] SupportedCultures = [new("ar"), new("en")];

    public static IServiceCollection AddParticipationLocalization(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<TranslationCatalog>();
        services.AddSingleton<IStringLocalizerFactory, PoStringLocalizerFactory>();
        services.AddSingleton<IDateDisplay>(new DateDisplay(DateDisplay.FindZone(configuration["Participation:TimeZone"] ?? "Asia/Riyadh")));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture("ar");
            options.SupportedCultures = SupportedCultures;
            options.SupportedUICultures = SupportedCultures;
            options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        return services;
    }

    public static IApplicationBuilder UseParticipationLocalization(this IApplicationBuilder app)
    {
        app.UseRequestLocalization();
        return app.Use((context, next) =>
        {
            // ?culture=en in a link sticks, so the forms on that page answer in English too.
            if (context.Request.Query["culture"].ToString() is { Length: > 0 } culture) RememberCulture(context, culture);
            return next(context);
        });
    }

    /// <summary>The language switch: a plain link, so it works without script and from the keyboard.</summary>
    public static void MapCultureSwitch(this WebApplication app) => app.MapGet("/culture", (HttpContext http, string culture, string? returnUrl) =>
    {
        RememberCulture(http, culture);
        // MVC's own check, as the site's controllers make it with Url.IsLocalUrl.
        var url = http.RequestServices.GetRequiredService<IUrlHelperFactory>().GetUrlHelper(new ActionContext(http, http.GetRouteData(), new ActionDescriptor()));
        return Results.LocalRedirect(url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
    });

    private static void RememberCulture(HttpContext http, string culture)
    {
        if (!SupportedCultures.Any(c => c.Name == culture)) return;
        var value = CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture));
        if (http.Request.Cookies[CookieRequestCultureProvider.DefaultCookieName] == value) return;
        http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName, value,
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
    }
}
