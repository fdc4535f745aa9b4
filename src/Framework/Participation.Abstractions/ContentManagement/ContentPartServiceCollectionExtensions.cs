using Microsoft.Extensions.DependencyInjection;

namespace Participation.ContentManagement;

/// <summary>A part class made known under its name, so content types can be composed by name.</summary>
public sealed record ContentPartRegistration(Type PartType)
{
    public string Name => PartType.Name;
}

public static class ContentPartServiceCollectionExtensions
{
    /// <summary>Registers a part (Orchard's <c>services.AddContentPart&lt;TPart&gt;()</c>).</summary>
    public static IServiceCollection AddContentPart<TPart>(this IServiceCollection services) where TPart : ContentPart, new()
        => services.AddSingleton(new ContentPartRegistration(typeof(TPart)));
}
