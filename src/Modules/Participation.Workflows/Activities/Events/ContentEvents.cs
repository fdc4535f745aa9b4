using System.Globalization;
using System.Text.Json.Nodes;
using Participation.ContentManagement;
using Participation.Workflows.Models;

namespace Participation.Workflows.Activities.Events;

/// <summary>Content events, each with an optional <c>ContentType</c> filter.</summary>
public abstract class ContentEvent : EventActivity
{
    public override IEnumerable<ActivityVariable> Variables =>
    [
        new("Content.DisplayText", "The item's title", "مستقبل النقل العام في المدينة"),
        new("Content.Url", "The item's public address", "https://participation.example/public-transport"),
        new("Content.ContentType", "The item's type", "Consultation"),
        new("Content.Stage", "The item's stage (its English name)", "Open"),
    ];

    public override bool Matches(ActivityRecord activity, IReadOnlyDictionary<string, JsonNode?> input) => Filter(activity, "ContentType", input, "ContentType");
}

public sealed class ContentCreatedEvent : ContentEvent { public override string DisplayText => "Content created"; }
public sealed class ContentPublishedEvent : ContentEvent { public override string DisplayText => "Content published"; }
public sealed class ContentUnpublishedEvent : ContentEvent { public override string DisplayText => "Content unpublished"; }

/// <summary>An item moved stage; filters on <c>ContentType</c>, <c>From</c> and <c>To</c>.</summary>
public sealed class ContentStageChangedEvent : ContentEvent
{
    public override string DisplayText => "Lifecycle stage changed";

    public override IEnumerable<ActivityVariable> Variables =>
        [.. base.Variables, new("Input.From", "The stage it left (its English name)", "Open"), new("Input.To", "The stage it reached (its English name)", "Closed")];

    public override bool Matches(ActivityRecord activity, IReadOnlyDictionary<string, JsonNode?> input)
        => base.Matches(activity, input) && Filter(activity, "From", input, "From") && Filter(activity, "To", input, "To");
}

/// <summary>
/// Starts at a date an item holds, plus an offset: <c>ContentType</c>, <c>DateField</c> such as
/// <c>ConsultationPart.ClosesUtc</c>, <c>Offset</c> such as <c>-1.00:00:00</c> (a day before).
/// </summary>
public sealed class ContentDateTimerEvent : ContentEvent
{
    public override string DisplayText => "A date held by the content is reached";

    /// <summary>Its timers were made for this workflow and item, so every firing matches.</summary>
    public override bool Matches(ActivityRecord activity, IReadOnlyDictionary<string, JsonNode?> input) => true;

    public override IEnumerable<(string Property, string Problem)> Validate(ActivityRecord activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Text("ContentType"))) yield return ("ContentType", "say which content type holds the date.");
        if (activity.Text("DateField")?.Split('.') is not [{ Length: > 0 }, { Length: > 0 }]) yield return ("DateField", "name the date as Part.Property, e.g. ConsultationPart.ClosesUtc.");
        if (activity.Text("Offset") is { Length: > 0 } offset && !TimeSpan.TryParse(offset, CultureInfo.InvariantCulture, out _))
            yield return ("Offset", "write the offset as a time span such as -1.00:00:00 (a day before) or 02:00:00.");
    }

    /// <summary>The item's date plus the offset, or null when the item holds no date.</summary>
    public static DateTime? DueUtc(ContentItem item, ActivityRecord activity)
    {
        if (activity.Text("DateField")?.Split('.') is not [var part, var property]) return null;
        var partNode = Find(item.Content, part) as JsonObject;
        if (partNode is null || Find(partNode, property) is not JsonValue value || !value.TryGetValue<string>(out var text)) return null;
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)) return null;
        var offset = activity.Text("Offset") is { Length: > 0 } o ? TimeSpan.Parse(o, CultureInfo.InvariantCulture) : TimeSpan.Zero;
        return DateTime.SpecifyKind(date, DateTimeKind.Utc) + offset;
    }

    // Parts are stored camelCased; definitions name them as written in C#.
    private static JsonNode? Find(JsonObject obj, string key) => obj.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)).Value;
}
