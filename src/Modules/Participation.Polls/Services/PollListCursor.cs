using System.Globalization;
using Participation.ContentManagement;

namespace Participation.Polls.Services;

/// <summary>Where a page of a poll list ended: the last poll's publication time and id (newest first, id breaking ties).</summary>
public sealed record PollListCursor(DateTime PublishedUtc, string ContentItemId)
{
    public static string Format(ContentItem poll)
        => $"{poll.PublishedUtc.GetValueOrDefault().Ticks.ToString(CultureInfo.InvariantCulture)}-{poll.ContentItemId}";

    /// <summary>The cursor in a "next page" link; null for none or one that was not ours (the first page is shown).</summary>
    public static PollListCursor? Parse(string? text)
    {
        var dash = text?.IndexOf('-') ?? -1;
        if (dash <= 0 || !long.TryParse(text![..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks > DateTime.MaxValue.Ticks || text.Length - dash - 1 is 0 or > 26) return null;
        return new PollListCursor(new DateTime(ticks, DateTimeKind.Utc), text[(dash + 1)..]);
    }
}
