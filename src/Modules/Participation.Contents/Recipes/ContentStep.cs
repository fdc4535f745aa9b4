using System.Text.Json;
using System.Text.Json.Nodes;
using Participation.ContentManagement;
using Participation.ContentManagement.Metadata;
using Participation.Recipes;

namespace Participation.Contents.Recipes;

/// <summary>
/// The <c>content</c> step: creates or updates items, Orchard's shape —
/// <c>{ "name": "content", "data": [ { "ContentItemId": "about-ar", "ContentType": "Page", "Published": true, "TitlePart": { "Title": "…" } } ] }</c>.
/// </summary>
public sealed partial class ContentStep(IContentManager contentManager, IContentDefinitionManager definitions, TimeProvider clock) : IRecipeStepHandler
{
    private static readonly HashSet<string> ItemKeys = new(StringComparer.OrdinalIgnoreCase) { "ContentItemId", "ContentType", "Published", "DisplayText", "Stage" };

    public string StepName => "content";

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var data = context.Step.Get("data") as JsonArray
            ?? throw new RecipeStepException("data", "the content step needs a 'data' list of items");
        for (var i = 0; i < data.Count; i++)
        {
            if (data[i] is not JsonObject entry) throw new RecipeStepException($"data[{i}]", "each item is a JSON object");
            await ImportAsync(entry, $"data[{i}]");
        }
    }

    private async Task ImportAsync(JsonObject entry, string at)
    {
        var typeName = entry.Text("ContentType") ?? throw new RecipeStepException($"{at}.ContentType", "every item needs a ContentType");
        var type = definitions.GetType(typeName) ?? throw new RecipeStepException($"{at}.ContentType", $"unknown content type '{typeName}'");
        var id = entry.Text("ContentItemId");
        var publish = entry.Get("Published")?.GetValue<bool>() ?? true;

        var existing = id is null ? null : await contentManager.GetAsync(id, VersionOptions.DraftRequired);
        var item = existing ?? contentManager.New(type.Name);
        if (existing is null && id is not null) item.ContentItemId = id;
        if (entry.Text("Stage") is { } stage)
        {
            if (!type.Stages.Contains(stage)) throw new RecipeStepException($"{at}.Stage", $"'{stage}' is not a stage of {type.Name}");
            item.Stage = stage;
        }

        foreach (var (key, value) in entry)
        {
            if (ItemKeys.Contains(key)) continue;
            var partType = (type.HasPart(key) ? definitions.GetPartType(key) : null)
                ?? throw new RecipeStepException($"{at}.{key}", $"{type.Name} has no part '{key}' (its parts: {string.Join(", ", type.Parts)})");
            object part;
            try
            {
                part = ResolveRelativeDates(value?.DeepClone())!.Deserialize(partType, ContentItem.PartSerializerOptions) ?? Activator.CreateInstance(partType)!;
            }
            catch (JsonException ex)
            {
                throw new RecipeStepException($"{at}.{key}{ex.Path?.TrimStart('$')}", $"wrong kind of value: {ex.Message}");
            }
            item.Apply(partType, part);
        }

        var result = existing is null ? await contentManager.CreateAsync(item, publish) : await contentManager.UpdateAsync(item);
        if (!result.Succeeded) throw new RecipeStepException($"{at}.{result.Errors[0].Member}", result.Errors[0].Message);
        if (existing is not null && publish && await contentManager.PublishAsync(item) is { Succeeded: false } refused)
            throw new RecipeStepException($"{at}.{refused.Errors[0].Member}", refused.Errors[0].Message);
    }

    /// <summary>
    /// Sample content needs dates relative to the day it is installed: a string <c>@now+30d</c>
    /// (or <c>@now-5d</c>, <c>@now+2h</c>) becomes that instant.
    /// </summary>
    private JsonNode? ResolveRelativeDates(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList()) obj[key] = ResolveRelativeDates(obj[key]?.DeepClone());
                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++) array[i] = ResolveRelativeDates(array[i]?.DeepClone());
                return array;
            case JsonValue value when value.TryGetValue<string>(out var text) && RelativeDate().Match(text) is { Success: true } m:
                var amount = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                var at = m.Groups[2].Value == "d" ? clock.GetUtcNow().AddDays(amount) : clock.GetUtcNow().AddHours(amount);
                return JsonValue.Create(at.UtcDateTime.ToString("O"));
            default:
                return node;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^@now([+-]\d+)([dh])$")]
    private static partial System.Text.RegularExpressions.Regex RelativeDate();

}
