namespace Participation.Transparency;

/// <summary>
/// No row small enough to point at a person: a count of people (or of what they did) between 1
/// and <see cref="Threshold"/> − 1 is left empty, and a row of groups whose every count is left
/// empty is withheld, since it would only say that someone took part. Zero stays: it counts nobody.
/// A contract, so that a module showing small counts on its own public pages (survey results)
/// holds them back as the open data does, with the site's threshold (<see cref="IDisclosureThreshold"/>).
/// </summary>
public sealed class DisclosureRule(int threshold)
{
    public const int DefaultThreshold = 5, MaxThreshold = 100;

    public int Threshold { get; } = threshold >= 1 ? threshold : throw new ArgumentOutOfRangeException(nameof(threshold), "The threshold counts at least one person.");

    /// <summary>Whether a count of people may be shown: zero, or at least the threshold.</summary>
    public bool Discloses(long count) => count <= 0 || count >= Threshold;

    /// <summary>The row as published, or null when it is withheld.</summary>
    public object?[]? Apply(IReadOnlyList<OpenDataColumn> columns, object?[] row, bool rowsAreGroups = true)
    {
        if (row.Length != columns.Count) throw new ArgumentException($"The row has {row.Length} values for {columns.Count} columns.", nameof(row));
        var published = (object?[])row.Clone();
        var counts = 0;
        var withheld = 0;
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Kind != OpenDataColumnKind.PeopleCount || published[i] is null) continue;
            counts++;
            if (!Discloses(Convert.ToInt64(published[i], System.Globalization.CultureInfo.InvariantCulture)))
            {
                published[i] = null;
                withheld++;
            }
        }
        return rowsAreGroups && counts > 0 && withheld == counts ? null : published;
    }
}
