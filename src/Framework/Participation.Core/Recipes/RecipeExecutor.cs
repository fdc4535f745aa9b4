using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Participation.Data;

namespace Participation.Recipes;

/// <summary>
/// Runs a recipe's steps in order inside one transaction (the caller's, during setup, or
/// its own). Any failure rolls everything back and says which step and field broke.
/// </summary>
public sealed class RecipeExecutor(
    ParticipationDbContext db,
    IEnumerable<IRecipeStepHandler> handlers,
    ILogger<RecipeExecutor> logger) : IRecipeExecutor
{
    public async Task ExecuteAsync(RecipeDescriptor recipe, IReadOnlyDictionary<string, string>? environment = null)
    {
        var byName = handlers.ToDictionary(h => h.StepName, StringComparer.OrdinalIgnoreCase);
        // Check every step has a handler before changing anything.
        for (var i = 0; i < recipe.Steps.Count; i++)
        {
            var stepName = ((JsonObject)recipe.Steps[i]!).Text("name")!;
            if (!byName.ContainsKey(stepName))
                throw new RecipeExecutionException(recipe.Name, i, stepName, "name", $"no module handles the step '{stepName}' (known steps: {string.Join(", ", byName.Keys.Order())})");
        }

        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync() : null;
        try
        {
            for (var i = 0; i < recipe.Steps.Count; i++)
            {
                var step = (JsonObject)recipe.Steps[i]!;
                var stepName = step.Text("name")!;
                try
                {
                    await byName[stepName].ExecuteAsync(new RecipeStepContext
                    {
                        RecipeName = recipe.Name,
                        StepIndex = i,
                        Step = step,
                        Environment = environment ?? new Dictionary<string, string>(),
                    });
                }
                catch (RecipeStepException ex)
                {
                    throw new RecipeExecutionException(recipe.Name, i, stepName, ex.Field, ex.Message, ex);
                }
                catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or DbUpdateException)
                {
                    throw new RecipeExecutionException(recipe.Name, i, stepName, "(step)", ex.GetBaseException().Message, ex);
                }
                logger.LogInformation("Recipe {Recipe}: step {Index} ({Step}) done", recipe.Name, i + 1, stepName);
            }
            if (ownTransaction is not null) await ownTransaction.CommitAsync();
        }
        catch
        {
            if (ownTransaction is not null) await ownTransaction.RollbackAsync();
            db.ChangeTracker.Clear();
            throw;
        }
        finally
        {
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
        }
    }
}
