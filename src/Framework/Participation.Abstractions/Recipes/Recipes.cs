using System.Text.Json.Nodes;

namespace Participation.Recipes;

/// <summary>A recipe's header and steps, read from a <c>*.recipe.json</c> file.</summary>
public sealed class RecipeDescriptor
{
    public required string Name { get; init; }
    public string DisplayName { get; init; } = "";
    public string Description { get; init; } = "";
    /// <summary>Offered on the setup page.</summary>
    public bool IsSetupRecipe { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    public required JsonArray Steps { get; init; }
}

/// <summary>Runs one named step (Orchard's recipe step handler).</summary>
public interface IRecipeStepHandler
{
    /// <summary>The step's <c>name</c> in the recipe, e.g. <c>Roles</c>.</summary>
    string StepName { get; }
    Task ExecuteAsync(RecipeStepContext context);
}

public sealed class RecipeStepContext
{
    public required string RecipeName { get; init; }
    public required int StepIndex { get; init; }
    public required JsonObject Step { get; init; }
    /// <summary>The values setup collected (site name, admin user…), for steps that need them.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();
}

/// <summary>
/// Thrown by a step for bad input: names the field so the error says exactly what is wrong.
/// The executor adds the recipe and step.
/// </summary>
public sealed class RecipeStepException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}

/// <summary>Why a recipe failed: the step (number and name), the field and the reason.</summary>
public sealed class RecipeExecutionException(string recipe, int stepIndex, string stepName, string field, string reason, Exception? inner = null)
    : Exception($"Recipe '{recipe}', step {stepIndex + 1} ('{stepName}'), field '{field}': {reason}", inner)
{
    public string Recipe { get; } = recipe;
    public int StepIndex { get; } = stepIndex;
    public string StepName { get; } = stepName;
    public string Field { get; } = field;
    public string Reason { get; } = reason;
}

public interface IRecipeHarvester
{
    /// <summary>Every recipe shipped by a module.</summary>
    IReadOnlyList<RecipeDescriptor> GetRecipes();
    RecipeDescriptor? Find(string name);
    /// <summary>Parses a recipe file; throws <see cref="RecipeExecutionException"/> with step -1 when it is not a recipe.</summary>
    RecipeDescriptor Parse(string json, string source);
}

public interface IRecipeExecutor
{
    /// <summary>
    /// Runs every step in one database transaction: either all of the recipe applies or
    /// nothing does. Throws <see cref="RecipeExecutionException"/>.
    /// </summary>
    Task ExecuteAsync(RecipeDescriptor recipe, IReadOnlyDictionary<string, string>? environment = null);
}

/// <summary>Recipe keys are matched without regard to case, as Orchard's are.</summary>
public static class RecipeJson
{
    public static JsonNode? Get(this JsonObject obj, string key)
        => obj.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)).Value;

    public static string? Text(this JsonObject obj, string key)
        => obj.Get(key) is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
