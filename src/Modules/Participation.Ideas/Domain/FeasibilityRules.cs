namespace Participation.Ideas.Domain;

/// <summary>The scales of a feasibility assessment and what a complete one needs, without a web server.</summary>
public static class FeasibilityRules
{
    /// <summary>Cost bands, effort and expected impact share one three-step scale, stored as these keys.</summary>
    public static readonly IReadOnlyList<string> Scale = ["Low", "Medium", "High"];

    public const int NotesMax = 4000;

    /// <summary>The first problem of an assessment; null when it may be saved.</summary>
    public static IdeaProblem? Check(string? cost, string? effort, string? impact, string? notes)
    {
        if (cost is null || !Scale.Contains(cost)) return new("Choose the cost band.");
        if (effort is null || !Scale.Contains(effort)) return new("Choose the effort.");
        if (impact is null || !Scale.Contains(impact)) return new("Choose the expected impact.");
        return (notes?.Trim().Length ?? 0) > NotesMax ? new("The notes take at most {0} characters.", NotesMax) : null;
    }
}
