using System.Text.Json;
using System.Text.Json.Nodes;
using Participation.Recipes;

namespace Participation.Settings;

/// <summary>
/// The <c>settings</c> step: sets site settings by property name, e.g.
/// <c>{ "name": "settings", "SiteNameEn": "Ministry participation" }</c>.
/// </summary>
public sealed class SettingsStep(ISiteService siteService) : IRecipeStepHandler
{
    public string StepName => "settings";

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var settings = await siteService.GetSettingsAsync();
        var current = JsonSerializer.SerializeToNode(settings)!.AsObject();
        foreach (var (key, value) in context.Step)
        {
            if (string.Equals(key, "name", StringComparison.OrdinalIgnoreCase)) continue;
            var property = current.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase))
                ?? throw new RecipeStepException(key, $"unknown site setting '{key}'");
            current[property] = value?.DeepClone();
        }
        SiteSettings updated;
        try
        {
            updated = current.Deserialize<SiteSettings>() ?? settings;
        }
        catch (JsonException ex)
        {
            throw new RecipeStepException(ex.Path?.TrimStart('$', '.') ?? "(value)", $"wrong kind of value: {ex.Message}");
        }
        await siteService.UpdateSettingsAsync(updated);
    }
}
