using System.Text.Json;
using System.Text.Json.Nodes;
using Participation.Modules;

namespace Participation.Recipes;

/// <summary>Reads the <c>Recipes/*.recipe.json</c> files each module embeds.</summary>
public sealed class RecipeHarvester : IRecipeHarvester
{
    private readonly Lazy<IReadOnlyList<RecipeDescriptor>> _recipes;

    public RecipeHarvester(IModuleCatalog catalog)
    {
        _recipes = new(() => catalog.Modules
            .SelectMany(m => m.Assembly.GetManifestResourceNames()
                .Where(n => n.StartsWith("Recipes/", StringComparison.Ordinal) && n.EndsWith(".recipe.json", StringComparison.Ordinal))
                .Select(n =>
                {
                    using var stream = m.Assembly.GetManifestResourceStream(n)!;
                    using var reader = new StreamReader(stream);
                    return Parse(reader.ReadToEnd(), $"{m.Name}/{n}");
                }))
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .ToList());
    }

    public IReadOnlyList<RecipeDescriptor> GetRecipes() => _recipes.Value;

    public RecipeDescriptor? Find(string name) => _recipes.Value.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));

    public RecipeDescriptor Parse(string json, string source)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) as JsonObject
                ?? throw Invalid(source, "(root)", "a recipe is a JSON object");
        }
        catch (JsonException ex)
        {
            throw Invalid(source, "(file)", $"not valid JSON at line {ex.LineNumber + 1}: {ex.Message}");
        }
        var name = Text(root, "name");
        if (string.IsNullOrWhiteSpace(name)) throw Invalid(source, "name", "a recipe needs a name");
        if (Get(root, "steps") is not JsonArray steps) throw Invalid(source, "steps", "a recipe needs a list of steps");
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i] is not JsonObject step || string.IsNullOrWhiteSpace(Text(step, "name")))
                throw new RecipeExecutionException(name, i, "?", "name", "every step is an object with a name");
        }
        return new RecipeDescriptor
        {
            Name = name,
            DisplayName = Text(root, "displayName") ?? name,
            Description = Text(root, "description") ?? "",
            IsSetupRecipe = Get(root, "issetuprecipe") is JsonValue v && v.TryGetValue<bool>(out var setup) && setup,
            Categories = (Get(root, "categories") as JsonArray)?.Select(c => c?.GetValue<string>() ?? "").ToList() ?? [],
            Steps = steps,
        };
    }

    private static RecipeExecutionException Invalid(string source, string field, string reason) => new(source, -1, "(header)", field, reason);

    /// <summary>Recipe keys are matched without regard to case, as Orchard's are.</summary>
    internal static JsonNode? Get(JsonObject obj, string key)
        => obj.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)).Value;

    internal static string? Text(JsonObject obj, string key) => Get(obj, key) is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
