using System.Text.Json.Nodes;
using Participation.Workflows.Activities;
using Participation.Workflows.Display;
using Participation.Workflows.Models;
using Participation.Workflows.ViewModels;

namespace Participation.Workflows.Drivers;

/// <summary>
/// The email form: who it goes to (one row per entry, blank rows to add more without script),
/// and the subject and message in each language as Liquid templates.
/// </summary>
public abstract class EmailTaskDisplayDriver<TActivity>(IEnumerable<IRecipientResolver> recipientKinds) : ActivityDisplayDriver<TActivity, EmailTaskViewModel> where TActivity : Activity
{
    private const int BlankRows = 2;
    private static readonly string[] Texts = ["SubjectAr", "BodyAr", "SubjectEn", "BodyEn"];

    protected override string ViewName => "Items/EmailTask.Fields.Edit";
    protected abstract bool HasRecipients { get; }

    protected override void Read(ActivityRecord activity, EmailTaskViewModel model)
    {
        model.SubjectAr = activity.Text("SubjectAr");
        model.BodyAr = activity.Text("BodyAr");
        model.SubjectEn = activity.Text("SubjectEn");
        model.BodyEn = activity.Text("BodyEn");
        if (!HasRecipients) return;
        model.Recipients = ((activity.Properties["Recipients"] as JsonArray)?.OfType<JsonObject>() ?? [])
            .Select(e => new RecipientEntryViewModel { Kind = Text(e, "Kind"), Value = Text(e, "Value"), Name = Text(e, "Name"), Culture = Text(e, "Culture") })
            .ToList();
    }

    protected override void Write(EmailTaskViewModel model, ActivityRecord activity)
    {
        foreach (var (property, value) in Texts.Zip([model.SubjectAr, model.BodyAr, model.SubjectEn, model.BodyEn])) SetText(activity, property, value);
        if (!HasRecipients) return;
        var entries = new JsonArray();
        foreach (var row in model.Recipients.Where(r => !string.IsNullOrWhiteSpace(r.Kind)))
        {
            var entry = new JsonObject { ["Kind"] = row.Kind!.Trim() };
            foreach (var (key, value) in new[] { ("Value", row.Value), ("Name", row.Name), ("Culture", row.Culture) })
                if (!string.IsNullOrWhiteSpace(value)) entry[key] = value.Trim();
            entries.Add(entry);
        }
        activity.Properties["Recipients"] = entries;
    }

    protected override Task FillChoicesAsync(EmailTaskViewModel model)
    {
        model.HasRecipients = HasRecipients;
        if (!HasRecipients) return Task.CompletedTask;
        model.RecipientKinds = [.. recipientKinds];
        // Rows with no kind are dropped on save; these let the editor add recipients.
        model.Recipients = [.. model.Recipients.Where(r => !string.IsNullOrWhiteSpace(r.Kind)), .. Enumerable.Range(0, BlankRows).Select(_ => new RecipientEntryViewModel())];
        return Task.CompletedTask;
    }

    private static string? Text(JsonObject entry, string key) => entry[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
