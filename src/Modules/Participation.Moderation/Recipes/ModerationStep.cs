using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Moderation.Models;
using Participation.Moderation.Services;
using Participation.Recipes;

namespace Participation.Moderation.Recipes;

/// <summary>
/// The <c>Moderation</c> step: hide reasons (by key), lexicon terms, settings —
/// <c>{ "name": "Moderation", "Reasons": [ { "Key": "spam", "NameAr": "…", "NameEn": "…" } ], "Lexicon": ["…"], "Settings": { "ReportsToHide": 3 } }</c>.
/// </summary>
public sealed class ModerationStep(IDataSession session, ModerationReasons moderationReasons, IModerationSettingsStore settingsStore, TimeProvider clock) : IRecipeStepHandler
{
    public string StepName => "Moderation";

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        if (context.Step.Get("Reasons") is JsonArray reasons)
        {
            for (var i = 0; i < reasons.Count; i++)
            {
                var key = reasons[i]?["Key"]?.GetValue<string>();
                var nameAr = reasons[i]?["NameAr"]?.GetValue<string>();
                var nameEn = reasons[i]?["NameEn"]?.GetValue<string>();
                if (string.IsNullOrWhiteSpace(key)) throw new RecipeStepException($"Reasons[{i}].Key", "each reason needs a key");
                if (string.IsNullOrWhiteSpace(nameAr) || string.IsNullOrWhiteSpace(nameEn)) throw new RecipeStepException($"Reasons[{i}].NameAr", "each reason needs an Arabic and an English name");
                var reason = await session.Set<ModerationReason>().FirstOrDefaultAsync(r => r.Key == key);
                if (reason is null) session.Set<ModerationReason>().Add(reason = new ModerationReason { Key = key });
                reason.NameAr = nameAr;
                reason.NameEn = nameEn;
                reason.Position = i;
                reason.IsActive = true;
            }
        }
        if (context.Step.Get("Lexicon") is JsonArray terms)
        {
            var existing = (await session.Set<LexiconTerm>().Select(t => t.Term).ToListAsync()).ToHashSet();
            foreach (var term in terms.Select(t => t?.GetValue<string>()?.Trim()).Where(t => !string.IsNullOrEmpty(t)).Distinct())
                if (existing.Add(term!)) session.Set<LexiconTerm>().Add(new LexiconTerm { Term = term!, CreatedUtc = clock.GetUtcNow().UtcDateTime });
        }
        await session.SaveChangesAsync();
        moderationReasons.Forget();
        if (context.Step.Get("Settings") is JsonObject settings)
        {
            try
            {
                await settingsStore.SaveAsync(settings.Deserialize<ModerationSettings>(new JsonSerializerOptions { PropertyNameCaseInsensitive = true, Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } }) ?? new());
            }
            catch (JsonException ex)
            {
                throw new RecipeStepException($"Settings{ex.Path?.TrimStart('$')}", $"wrong kind of value: {ex.Message}");
            }
        }
    }

}
