using System.Text.Json.Nodes;
using DotLiquid;
using Participation.Workflows.Activities;

namespace Participation.Workflows.Services;

/// <summary>
/// The values an activity's templates can read, as its editor lists them: what every workflow
/// has (the site, the workflow, the recipient of an email) and what its starting event adds.
/// </summary>
public static class TemplateVariables
{
    public static readonly IReadOnlyList<ActivityVariable> Common =
    [
        new("Recipient.Name", "The recipient's name (in emails)", "نورة السالم"),
        new("Recipient.Email", "The recipient's address (in emails)", "noura@mail.example"),
        new("Site.Name", "The site's name in Arabic", "بوابة المشاركة"),
        new("Site.NameEn", "The site's name in English", "Participation portal"),
        new("Site.Url", "The site's address", "https://participation.example"),
        new("Workflow.Name", "This workflow's name", "الإقرار باستلام الطلبات"),
    ];

    /// <summary>The starting event's values, then the common ones.</summary>
    public static IReadOnlyList<ActivityVariable> For(EventActivity? start) => [.. start?.Variables ?? [], .. Common];

    /// <summary>A model holding each variable's example, for the preview.</summary>
    public static Hash Examples(IEnumerable<ActivityVariable> variables)
    {
        var root = new JsonObject();
        foreach (var variable in variables)
        {
            var path = variable.Path.Split('.');
            var node = root;
            foreach (var segment in path[..^1]) node = node[segment] as JsonObject ?? (JsonObject)(node[segment] = new JsonObject());
            node[path[^1]] = variable.Example;
        }
        return LiquidTemplates.Hash(root);
    }
}
