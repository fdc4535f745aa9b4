using System.Text.Json.Nodes;

namespace Participation.Recipes;

/// <summary>
/// The <c>recipes</c> step runs other recipes inside this one (same transaction), so the
/// sample-content recipe builds on the plain one: <c>{ "name": "recipes", "Values": ["Participation"] }</c>.
/// </summary>
public sealed class RecipesStep(IRecipeHarvester harvester, IServiceProvider services) : IRecipeStepHandler
{
    private static readonly AsyncLocal<int> Depth = new();

    public string StepName => "recipes";

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var values = context.Step.Get("Values") as JsonArray
            ?? throw new RecipeStepException("Values", "the recipes step needs a 'Values' list of recipe names");
        if (Depth.Value >= 5) throw new RecipeStepException("Values", "recipes include each other too deeply (a loop?)");
        var executor = (IRecipeExecutor)services.GetService(typeof(IRecipeExecutor))!;
        for (var i = 0; i < values.Count; i++)
        {
            var name = values[i]?.GetValue<string>();
            var recipe = (name is null ? null : harvester.Find(name)) ?? throw new RecipeStepException($"Values[{i}]", $"unknown recipe '{name}'");
            Depth.Value++;
            try
            {
                await executor.ExecuteAsync(recipe, context.Environment);
            }
            finally
            {
                Depth.Value--;
            }
        }
    }
}
