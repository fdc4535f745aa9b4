using Participation.Localization;
using Participation.Email;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Participation.Workflows.Models;

namespace Participation.Workflows.Activities.Tasks;

/// <summary>
/// Emails each recipient separately (nobody sees the others' addresses), in their language:
/// <c>SubjectAr</c>/<c>BodyAr</c> or <c>SubjectEn</c>/<c>BodyEn</c>, Liquid templates.
/// <c>Recipients</c> is a list of <c>{ "Kind": "Address" | "Owner" | "Role" | "Participants" | "Subscribers" | …, "Value": … }</c>.
/// The emails go through the outbox in the workflow's transaction.
/// </summary>
public class SendEmailTask : TaskActivity
{
    public override string DisplayText => "Send an email";

    public override IEnumerable<string> TemplatedProperties(ActivityRecord activity)
        => ["SubjectAr", "SubjectEn", "BodyAr", "BodyEn", .. RecipientEntries(activity).Select((_, i) => $"Recipients[{i}].Value")];

    public override IEnumerable<(string Property, string Problem)> Validate(ActivityRecord activity)
    {
        if (RequiresRecipients && !RecipientEntries(activity).Any()) yield return ("Recipients", "list at least one recipient.");
        if (string.IsNullOrWhiteSpace(activity.Text("SubjectAr")) && string.IsNullOrWhiteSpace(activity.Text("SubjectEn"))) yield return ("SubjectAr", "write a subject in Arabic, in English or in both.");
        if (string.IsNullOrWhiteSpace(activity.Text("BodyAr")) && string.IsNullOrWhiteSpace(activity.Text("BodyEn"))) yield return ("BodyAr", "write a message in Arabic, in English or in both.");
        foreach (var (entry, i) in RecipientEntries(activity).Select((e, i) => (e, i)))
            if (string.IsNullOrWhiteSpace(entry["Kind"]?.ToString())) yield return ($"Recipients[{i}].Kind", "say what kind of recipient this is.");
    }

    protected virtual bool RequiresRecipients => true;

    protected virtual IEnumerable<JsonObject> RecipientEntries(ActivityRecord activity)
        => (activity.Properties["Recipients"] as JsonArray)?.OfType<JsonObject>() ?? [];

    public override async Task<string> ExecuteAsync(IActivityExecutionContext context)
    {
        var resolvers = context.Services.GetServices<IRecipientResolver>().ToDictionary(r => r.Kind, StringComparer.OrdinalIgnoreCase);
        var recipients = new List<Participant>();
        foreach (var entry in RecipientEntries(context.Activity))
        {
            var kind = entry["Kind"]?.ToString() ?? "";
            if (!resolvers.TryGetValue(kind, out var resolver)) throw new InvalidOperationException($"unknown recipient kind '{kind}'");
            recipients.AddRange(await resolver.ResolveAsync(entry, context));
        }
        var sender = context.Services.GetRequiredService<IEmailSender>();
        foreach (var recipient in recipients.DistinctBy(r => r.Email.ToLowerInvariant()))
        {
            var english = recipient.Culture == "en" && !string.IsNullOrWhiteSpace(context.Activity.Text("BodyEn"));
            var arabic = !english && !string.IsNullOrWhiteSpace(context.Activity.Text("BodyAr"));
            var suffix = english || !arabic ? "En" : "Ar";
            using (CultureScope.Use(suffix == "Ar" ? "ar" : "en"))
            {
                await sender.SendAsync(new MailMessage
                {
                    To = [recipient.Email],
                    Subject = (await context.RenderAsync(context.Activity.Text("Subject" + suffix), recipient)).Trim(),
                    TextBody = (await context.RenderAsync(context.Activity.Text("Body" + suffix), recipient)).Trim(),
                    Culture = suffix == "Ar" ? "ar" : "en",
                });
            }
        }
        return "Done";
    }
}
