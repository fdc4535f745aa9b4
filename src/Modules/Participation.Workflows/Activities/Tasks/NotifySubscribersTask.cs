using System.Globalization;
using System.Text.Json.Nodes;
using Participation.Workflows.Models;

namespace Participation.Workflows.Activities.Tasks;

/// <summary>Emails everyone following the content item (the same templates as <see cref="SendEmailTask"/>).</summary>
public sealed class NotifySubscribersTask : SendEmailTask
{
    public override string DisplayText => "Notify the item's followers";
    protected override bool RequiresRecipients => false;
    protected override IEnumerable<JsonObject> RecipientEntries(ActivityRecord activity) => [new JsonObject { ["Kind"] = "Subscribers" }];
}
