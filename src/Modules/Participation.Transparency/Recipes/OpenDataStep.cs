using Participation.Recipes;
using Participation.Transparency.Domain;
using Participation.Transparency.Models;
using Participation.Transparency.Services;

namespace Participation.Transparency.Recipes;

/// <summary>
/// The <c>OpenData</c> step: the licence the open data is published under and the threshold —
/// <c>{ "name": "OpenData", "Licence": "cc-by-4.0", "Threshold": 5 }</c>.
/// </summary>
public sealed class OpenDataStep(OpenDataSettingsStore settings) : IRecipeStepHandler
{
    public string StepName => "OpenData";

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var current = await settings.GetAsync();
        var licence = current.Licence;
        if (context.Step.Get("Licence") is { } given)
        {
            var key = given.GetValueKind() == System.Text.Json.JsonValueKind.String ? given.GetValue<string>() : null;
            licence = OpenDataLicence.Find(key)?.Key
                ?? throw new RecipeStepException("Licence", $"one of {string.Join(", ", OpenDataLicence.All.Select(l => l.Key))}");
        }
        var threshold = current.Threshold;
        if (context.Step.Get("Threshold") is { } number)
        {
            if (number.GetValueKind() != System.Text.Json.JsonValueKind.Number || !number.AsValue().TryGetValue<int>(out threshold) || threshold is < 1 or > DisclosureRule.MaxThreshold)
                throw new RecipeStepException("Threshold", $"a whole number of people from 1 to {DisclosureRule.MaxThreshold}");
        }
        await settings.SaveAsync(new OpenDataSettings { Licence = licence, Threshold = threshold });
    }
}
