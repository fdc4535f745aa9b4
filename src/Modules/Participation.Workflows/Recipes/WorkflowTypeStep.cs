using System.Text.Json;
using System.Text.Json.Nodes;
using Participation.Recipes;
using Participation.Workflows.Models;
using Participation.Workflows.Services;

namespace Participation.Workflows.Recipes;

/// <summary>
/// The <c>WorkflowType</c> step: <c>{ "name": "WorkflowType", "data": [ { "WorkflowTypeId": …, "Activities": […], "Transitions": […] } ] }</c>.
/// Each definition is validated; the first problem names the item and the activity.
/// </summary>
public sealed class WorkflowTypeStep(WorkflowTypeStore store) : IRecipeStepHandler
{
    public string StepName => "WorkflowType";

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var data = context.Step.Get("data") as JsonArray
            ?? throw new RecipeStepException("data", "the WorkflowType step needs a 'data' list of workflow types");
        for (var i = 0; i < data.Count; i++)
        {
            WorkflowDefinition definition;
            try
            {
                definition = data[i].Deserialize<WorkflowDefinition>(WorkflowDefinition.JsonOptions) ?? throw new JsonException("empty");
            }
            catch (JsonException ex)
            {
                throw new RecipeStepException($"data[{i}]", $"not a workflow type: {ex.Message}");
            }
            var problems = await store.SaveAsync(definition);
            if (problems.Count > 0) throw new RecipeStepException($"data[{i}] ({definition.WorkflowTypeId})", string.Join("; ", problems));
        }
    }
}
