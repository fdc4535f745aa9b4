using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Participation.Departments;
using Participation.Recipes;
using Participation.Requests.Models;
using Participation.Requests.Domain;
using Participation.Requests.Services;

namespace Participation.Requests.Recipes;

/// <summary>
/// The <c>Requests</c> step: the request forms' categories and extra fields, routing rules,
/// fallback department, response commitment, office calendar (holidays, special hours) and
/// attachment rules. Each list given replaces the current one; what is left out stays.
/// </summary>
public sealed class RequestsStep(RequestSettingsStore store, IDepartmentDirectory directory) : IRecipeStepHandler
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() }, WriteIndented = true };

    public string StepName => "Requests";

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var settings = await store.GetAsync();
        T? Read<T>(string key)
        {
            if (context.Step.Get(key) is not { } node) return default;
            try { return node.Deserialize<T>(Json); }
            catch (JsonException ex) { throw new RecipeStepException(key, ex.Message); }
        }
        if (Read<List<RequestCategory>>("Categories") is { } categories) settings = settings with { Categories = categories };
        if (Read<List<FormFieldDefinition>>("Fields") is { } fields) settings = settings with { Fields = fields };
        if (Read<List<RoutingRule>>("Routing") is { } routing) settings = settings with { Routing = routing };
        if (context.Step.Text("FallbackDepartment") is { } fallback) settings = settings with { FallbackDepartment = fallback };
        if (Read<int?>("ResponseHours") is { } hours) settings = settings with { ResponseHours = hours };
        if (Read<int?>("DueSoonHours") is { } dueSoon) settings = settings with { DueSoonHours = dueSoon };
        if (Read<CalendarSettings>("Calendar") is { } calendar) settings = settings with { Calendar = calendar };
        if (Read<AttachmentSettings>("Attachments") is { } attachments) settings = settings with { Attachments = attachments };

        var departments = (await directory.ListAsync(activeOnly: false)).Select(d => d.Key).ToList();
        if (RequestSettingsCheck.Problems(settings, departments).FirstOrDefault() is { } problem) throw new RecipeStepException(problem.Path, string.Format(System.Globalization.CultureInfo.InvariantCulture, problem.Message, problem.Arguments));
        await store.SaveAsync(settings);
    }
}
