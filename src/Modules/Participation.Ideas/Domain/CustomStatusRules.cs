using Participation.Ideas.Models;
using Participation.Text;

namespace Participation.Ideas.Domain;

/// <summary>What a status the admin defines needs, and when it may be deleted, without a web server.</summary>
public static class CustomStatusRules
{
    public const int NameMax = 60;

    /// <summary>The first problem of a new status; null when it may be saved.</summary>
    /// <param name="taken">The names already in use, both languages: the shipped statuses' and the defined ones'.</param>
    public static IdeaProblem? Check(string? nameAr, string? nameEn, string? countsAs, IReadOnlyList<string> decisions, IEnumerable<string> taken)
    {
        var ar = nameAr?.Trim() ?? "";
        var en = nameEn?.Trim() ?? "";
        if (ar.Length == 0) return new("Write the status's Arabic name.");
        if (en.Length == 0) return new("Write the status's English name.");
        if (ar.Length > NameMax || en.Length > NameMax) return new("A status's name takes at most {0} characters.", NameMax);
        if (countsAs is null || !decisions.Contains(countsAs)) return new("Choose what the status counts as.");
        var names = taken.Select(Normal).ToHashSet();
        if (names.Contains(Normal(ar)) || names.Contains(Normal(en))) return new("A status with this name exists already: choose another name.");
        return null;
    }

    /// <summary>Null when no idea stands at the status nor went through it; else why it stays.</summary>
    public static IdeaProblem? CanDelete(int ideasUsingIt)
        => ideasUsingIt > 0 ? new("This status cannot be deleted while ideas' timelines show it ({0} ideas).", ideasUsingIt) : null;

    /// <summary>Decided for /results and open data: anything but under study.</summary>
    public static bool IsDecided(IdeaCustomStatus status) => status.CountsAs != IdeaStatus.UnderStudy;

    /// <summary>Spelt alike once spaces, case and Arabic spelling variants (diacritics, hamza, taa marbuta) are folded: «منفذة» repeats «منفّذة».</summary>
    private static string Normal(string name) => string.Join(' ', ArabicNormalizer.Normalize(name).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
