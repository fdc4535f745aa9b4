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
        var name = root.Text("name");
        if (string.IsNullOrWhiteSpace(name)) throw Invalid(source, "name", "a recipe needs a name");
        if (root.Get("steps") is not JsonArray steps) throw Invalid(source, "steps", "a recipe needs a list of steps");
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i] is not JsonObject step || string.IsNullOrWhiteSpace(step.Text("name")))
                throw new RecipeExecutionException(name, i, "?", "name", "every step is an object with a name");
        }
        return new RecipeDescriptor
        {
            Name = name,
            DisplayName = root.Text("displayName") ?? name,
            Description = root.Text("description") ?? "",
            IsSetupRecipe = root.Get("issetuprecipe") is JsonValue v && v.TryGetValue<bool>(out var setup) && setup,
            Categories = (root.Get("categories") as JsonArray)?.Select(c => c?.GetValue<string>() ?? "").ToList() ?? [],
            Steps = steps,
        };
    }

    private static RecipeExecutionException Invalid(string source, string field, string reason) => new(source, -1, "(header)", field, reason);

}
