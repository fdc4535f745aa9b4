using System.Text.Json.Nodes;
using Participation.Recipes;
using Participation.Surveys.Services;

namespace Participation.Surveys.Recipes;

/// <summary>
/// The <c>SurveyServices</c> step: <c>{ "name": "SurveyServices", "Services": [ { "Key": "building-permits", "NameAr": "…", "NameEn": "…", "Department": "planning" } ] }</c>.
/// </summary>
public sealed class SurveyServicesStep(SurveyServiceCatalog catalog) : IRecipeStepHandler
{
    public string StepName => "SurveyServices";

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        if (context.Step.Get("Services") is not JsonArray list) throw new RecipeStepException("Services", "the SurveyServices step needs a 'Services' list");
        for (var i = 0; i < list.Count; i++)
        {
            string? Text(string key) => (list[i] as JsonObject)?.Text(key);
            if (await catalog.SaveAsync(Text("Key"), Text("NameAr"), Text("NameEn"), Text("Department"), isActive: true) is { } problem)
                throw new RecipeStepException($"Services[{i}].{(problem.Field == "DepartmentKey" ? "Department" : problem.Field)}", problem.Message);
        }
    }
}
