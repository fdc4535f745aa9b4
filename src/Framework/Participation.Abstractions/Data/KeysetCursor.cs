using System.Globalization;

namespace Participation.Data;

/// <summary>
/// A place in a list ordered by (an instant, id) — comments by creation, requests by deadline:
/// keyset paging reads the rows after it through an index instead of counting past an offset.
/// Written into links as "ticks-id".
/// </summary>
public sealed record KeysetCursor(DateTime At, long Id)
{
    public override string ToString() => $"{At.Ticks.ToString(CultureInfo.InvariantCulture)}-{Id.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Null for anything that is not a cursor this wrote (a link edited by hand pages from the start).</summary>
    public static KeysetCursor? Parse(string? text)
    {
        var parts = (text ?? "").Split('-');
        return parts.Length == 2
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTime.MaxValue.Ticks
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? new KeysetCursor(new DateTime(ticks, DateTimeKind.Utc), id)
            : null;
    }
}
