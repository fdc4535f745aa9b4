using System.Globalization;

namespace Participation.Comments;

/// <summary>
/// A place in a list of comments ordered by (created, id): keyset paging reads the rows after it
/// through the index instead of counting past an offset. Written into links as "ticks-id".
/// </summary>
public sealed record CommentCursor(DateTime CreatedUtc, long Id)
{
    public override string ToString() => $"{CreatedUtc.Ticks.ToString(CultureInfo.InvariantCulture)}-{Id.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Null for anything that is not a cursor this wrote (a link edited by hand pages from the start).</summary>
    public static CommentCursor? Parse(string? text)
    {
        var parts = (text ?? "").Split('-');
        return parts.Length == 2
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTime.MaxValue.Ticks
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? new CommentCursor(new DateTime(ticks, DateTimeKind.Utc), id)
            : null;
    }
}
