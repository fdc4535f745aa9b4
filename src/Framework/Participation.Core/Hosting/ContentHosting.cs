using Microsoft.Extensions.DependencyInjection;
using Participation.ContentManagement;
using Participation.ContentManagement.Display;
using Participation.ContentManagement.Lifecycle;
using Participation.ContentManagement.Metadata;
using Participation.Html;

namespace Participation.Hosting;

/// <summary>Content items, their types, display and lifecycle, and the Markdown they are written in.</summary>
internal static class ContentHosting
{
    public static IServiceCollection AddParticipationContent(this IServiceCollection services)
    {
        services.AddSingleton<IContentDefinitionManager, ContentDefinitionManager>();
        services.AddScoped<IContentManager, ContentManager>();
        services.AddScoped<IContentItemDisplayManager, ContentItemDisplayManager>();
        services.AddScoped<IContentHandler, CommonPartsHandler>();
        services.AddScoped<IContentLifecycle, ContentLifecycle>();
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<IMarkdownRenderer>(sp => sp.GetRequiredService<MarkdownRenderer>());
        services.AddSingleton<IHtmlSanitizerService>(sp => sp.GetRequiredService<MarkdownRenderer>());
        return services;
    }
}
