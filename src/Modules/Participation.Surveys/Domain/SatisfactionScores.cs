namespace Participation.Surveys.Domain;

/// <summary>
/// The standard satisfaction figures from counts per scale value: CSAT is the share of 4 and 5
/// on the 1–5 rating, NPS the share of 9–10 minus the share of 0–6 on the 0–10 scale, CES the
/// mean of the 1–7 effort scale. Null when nobody answered.
/// </summary>
public static class SatisfactionScores
{
    public static double? Csat(IReadOnlyDictionary<int, long> counts) => Share(counts, v => v >= 4);

    public static double? Nps(IReadOnlyDictionary<int, long> counts)
        => Share(counts, v => v >= 9) is { } promoters ? promoters - Share(counts, v => v <= 6)!.Value : null;

    public static double? Ces(IReadOnlyDictionary<int, long> counts)
    {
        var total = counts.Values.Sum();
        return total == 0 ? null : counts.Sum(c => (double)c.Key * c.Value) / total;
    }

    /// <summary>Percent of those counted whose value matches, 0–100.</summary>
    private static double? Share(IReadOnlyDictionary<int, long> counts, Func<int, bool> matches)
    {
        var total = counts.Values.Sum();
        return total == 0 ? null : 100.0 * counts.Where(c => matches(c.Key)).Sum(c => c.Value) / total;
    }
}
