using System.Globalization;
using Participation.Surveys.Models;

namespace Participation.Surveys.Domain;

/// <summary>
/// The standard satisfaction figures from counts per scale value: CSAT is the share of 4 and 5
/// on the 1–5 rating, NPS the share of 9–10 minus the share of 0–6 on the 0–10 scale, CES the
/// mean of the 1–7 effort scale. Null when nobody answered.
/// </summary>
public static class SatisfactionScores
{
    /// <summary>The score of a scale question's kind (CSAT of a rating, NPS of a 0–10, CES of an effort), null for other kinds or when nobody answered.</summary>
    public static double? Of(QuestionKind kind, IReadOnlyDictionary<int, long> counts) => kind switch
    {
        QuestionKind.Rating => Csat(counts),
        QuestionKind.Nps => Nps(counts),
        QuestionKind.Effort => Ces(counts),
        _ => null,
    };

    /// <summary>Whether the kind has a score.</summary>
    public static bool Scores(QuestionKind kind) => kind is QuestionKind.Rating or QuestionKind.Nps or QuestionKind.Effort;

    /// <summary>A score as pages and reports show it: CSAT a percent, NPS a signed number, CES with two decimals; "—" for none.</summary>
    public static string Format(QuestionKind kind, double? score) => score is not { } v ? "—" : kind switch
    {
        QuestionKind.Rating => v.ToString("0.#", CultureInfo.InvariantCulture) + "%",
        QuestionKind.Effort => v.ToString("0.00", CultureInfo.InvariantCulture),
        _ => v.ToString("0.#", CultureInfo.InvariantCulture),
    };

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
