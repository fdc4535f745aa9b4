using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Mvc.DataAnnotations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Participation.Admin;
using Participation.Modules;
using Participation.Mvc;
using Participation.Navigation;

namespace Participation.Hosting;

/// <summary>MVC with every module's controllers and compiled views, and the menus pages show.</summary>
internal static class MvcHosting
{
    public static IServiceCollection AddParticipationMvc(this IServiceCollection services, IModuleCatalog catalog)
    {
        // Notices kept across the redirect in TempData, shown once by the layouts.
        services.AddScoped<Notify.INotifier, Notify.Notifier>();
        // Refused drafts stay on the server, never in the TempData cookie.
        services.AddDistributedMemoryCache();
        services.AddScoped<IDraftStore, DraftStore>();
        // Views rendered to a string, for documents printed from them (reports as PDF).
        services.AddScoped<IViewRenderer, RazorViewRenderer>();
        // A response that changed nothing sets no cookie, so public pages can be cached.
        services.AddSingleton<CookieTempDataProvider>();
        services.AddSingleton<ITempDataProvider, SparingCookieTempDataProvider>();
        var mvc = services.AddControllersWithViews(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                options.Filters.Add<AdminFilter>();
                // A value no form can send (a non-boolean checkbox, an overflowing number) is a 400, not a 500.
                options.ModelBinderProviders.Insert(0, new MalformedValueBinderProvider(options.ModelBinderProviders));
                options.Filters.Add<MalformedInputFilter>();
                // Required is said explicitly, with a message, where a field is required.
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization();
        // No English MVC default in an Arabic page: binding and validation messages go through the localiser.
        services.AddSingleton<IConfigureOptions<MvcOptions>, LocalizedModelBindingMessages>();
        services.Replace(ServiceDescriptor.Singleton<IValidationAttributeAdapterProvider, LocalizedValidationAttributeAdapterProvider>());
        mvc.ConfigureApplicationPartManager(manager =>
        {
            foreach (var module in catalog.Modules)
            {
                if (manager.ApplicationParts.OfType<AssemblyPart>().Any(p => p.Assembly == module.Assembly)) continue;
                foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(module.Assembly).GetApplicationParts(module.Assembly))
                    manager.ApplicationParts.Add(part);
            }
        });
        services.Configure<RazorViewEngineOptions>(o => o.ViewLocationExpanders.Add(new ModuleViewLocationExpander(catalog)));
        // Arabic text goes into pages as itself, not as numeric character references.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddScoped<INavigationManager, NavigationManager>();
        services.AddHttpContextAccessor();
        return services;
    }
}
