using System.Text.Json;
using System.Text.Json.Nodes;
using Participation.Recipes;
using Participation.Users.Domain;
using Participation.Users.Models;
using Participation.Users.Services;

namespace Participation.Users.Recipes;

/// <summary>
/// The <c>NationalLogin</c> step: <c>{ "name": "NationalLogin", "StaffOnly": false, "Providers": [ { "Key": "nafath",
/// "Authority": "https://…", "ClientId": "…", "ClientSecret": "…", "Scopes": "openid profile", "NationalIdClaim": "national_id",
/// "NameClaims": "name", "LabelAr": "الدخول عبر النفاذ الوطني", "LabelEn": "Sign in with the national login" } ] }</c>.
/// Replaces the saved providers.
/// </summary>
public sealed class NationalLoginStep(NationalLoginSettingsStore store) : IRecipeStepHandler
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public string StepName => "NationalLogin";

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        NationalLoginSettings settings;
        try
        {
            settings = context.Step.Deserialize<NationalLoginSettings>(Json) ?? new();
        }
        catch (JsonException ex)
        {
            throw new RecipeStepException(ex.Path?.TrimStart('$', '.') is { Length: > 0 } path ? path : "Providers", $"wrong kind of value: {ex.Message}");
        }
        if (NationalLoginRules.Problems(settings) is [var (field, message), ..]) throw new RecipeStepException(field, message);
        await store.SaveAsync(settings);
    }
}
