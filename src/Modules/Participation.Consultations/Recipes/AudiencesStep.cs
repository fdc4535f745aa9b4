using System.Text.Json.Nodes;
using Participation.Audiences;
using Participation.Consultations.Services;
using Participation.Recipes;

namespace Participation.Consultations.Recipes;

/// <summary>The <c>Audiences</c> step: <c>{ "name": "Audiences", "Audiences": [ { "Key": "youth", "NameAr": "…", "NameEn": "…" } ] }</c>.</summary>
public sealed class AudiencesStep(IAudienceCatalog catalog) : IRecipeStepHandler
{
    public string StepName => "Audiences";

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        if (context.Step.Get("Audiences") is not JsonArray list)
            throw new RecipeStepException("Audiences", "the Audiences step needs an 'Audiences' list");
        var lines = list.Select((a, i) => $"{a?["Key"]}|{a?["NameAr"]}|{a?["NameEn"]}");
        var (audiences, bad) = AudienceCatalog.Parse(string.Join("\n", lines));
        if (bad is { } line) throw new RecipeStepException($"Audiences[{line - 1}]", "each audience needs a unique key (lower-case Latin letters, digits, '-') and Arabic and English names");
        await catalog.SaveAsync(audiences);
    }
}
