namespace Participation.Transparency.Domain;

/// <summary>
/// No row small enough to point at a person: a count of people (or of what they did) between 1
/// and <see cref="Threshold"/> − 1 is left empty, and a row of groups whose every count is left
/// empty is withheld, since it would only say that someone took part. Zero stays: it counts nobody.
/// </summary>
public sealed class DisclosureRule(int threshold)
{
    public const int DefaultThreshold = 5, MaxThreshold = 100;

    public int Threshold { get; } = threshold >= 1 ? threshold : throw new ArgumentOutOfRangeException(nameof(threshold), "The threshold counts at least one person.");

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
            var value = Convert.ToInt64(published[i], System.Globalization.CultureInfo.InvariantCulture);
            if (value > 0 && value < Threshold)
            {
                published[i] = null;
                withheld++;
            }
        }
        return rowsAreGroups && counts > 0 && withheld == counts ? null : published;
    }
}
