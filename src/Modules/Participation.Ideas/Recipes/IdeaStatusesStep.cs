using System.Text.Json.Nodes;
using Participation.Ideas.Services;
using Participation.Recipes;

namespace Participation.Ideas.Recipes;

/// <summary>
/// The <c>IdeaStatuses</c> step: the statuses an agency adds to the shipped ones,
/// <c>{ "name": "IdeaStatuses", "Statuses": [ { "Key": "piloting", "NameAr": "…", "NameEn": "…", "CountsAs": "Accepted" } ] }</c>
/// (<c>CountsAs</c>: UnderStudy, Accepted, Rejected or Implemented). A status whose key is defined already is left as it is,
/// so the recipe may run again.
/// </summary>
public sealed class IdeaStatusesStep(IdeaCustomStatuses statuses) : IRecipeStepHandler
{
    public string StepName => "IdeaStatuses";

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        if (context.Step.Get("Statuses") is not JsonArray list) throw new RecipeStepException("Statuses", "the IdeaStatuses step needs a 'Statuses' list");
        for (var i = 0; i < list.Count; i++)
        {
            string? Text(string name) => (list[i] as JsonObject)?.Text(name);
            var key = Text("Key");
            if (string.IsNullOrWhiteSpace(key)) throw new RecipeStepException($"Statuses[{i}].Key", "each status needs a 'Key'");
            if ((await statuses.ListAsync()).Find(key) is not null) continue;
            var (_, problem) = await statuses.DefineAsync(Text("NameAr"), Text("NameEn"), Text("CountsAs"), key);
            if (problem is not null) throw new RecipeStepException($"Statuses[{i}]", string.Format(problem.Message, problem.Arguments));
        }
    }
}
