namespace Participation.Ideas.Domain;

/// <summary>
/// The "trending" order: every support counts with a weight that halves every
/// <see cref="HalfLife"/> (three days), and the idea's publication counts as one support, so a
/// new idea starts level with a quiet old one that has a single fresh support.
/// <code>trending(now) = Σ over the publication and each support at tᵢ of 2^(−(now − tᵢ) / halfLife)</code>
/// Stored as its base-2 logarithm taken at a fixed epoch (<see cref="Heat"/>): all ideas decay by
/// the same factor as time passes, so their order never changes on its own and the stored key
/// needs no update but when a support comes or goes.
/// </summary>
public static class TrendingScore
{
    public static readonly TimeSpan HalfLife = TimeSpan.FromDays(3);
    private static readonly DateTime Epoch = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The key of an idea just published, without supports.</summary>
    public static double Start(DateTime publishedUtc) => Exponent(publishedUtc);

    /// <summary>The key after a support at <paramref name="atUtc"/>.</summary>
    public static double Add(double heat, DateTime atUtc)
    {
        var e = Exponent(atUtc);
        var (high, low) = heat >= e ? (heat, e) : (e, heat);
        return high + Math.Log2(1 + Math.Pow(2, low - high));
    }

    /// <summary>The key after the support given at <paramref name="supportedUtc"/> was taken back; never below the publication's own weight.</summary>
    public static double Remove(double heat, DateTime supportedUtc, DateTime publishedUtc)
    {
        var floor = Start(publishedUtc);
        var rest = 1 - Math.Pow(2, Exponent(supportedUtc) - heat);
        var removed = rest > 0 ? heat + Math.Log2(rest) : floor;
        return double.IsFinite(removed) ? Math.Max(removed, floor) : floor;
    }

    /// <summary>The score itself at <paramref name="nowUtc"/> (supports, each decayed by its age).</summary>
    public static double ValueAt(double heat, DateTime nowUtc) => Math.Pow(2, heat - Exponent(nowUtc));

    private static double Exponent(DateTime utc) => (utc - Epoch).TotalHours / HalfLife.TotalHours;
}
