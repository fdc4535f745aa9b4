namespace Participation.Transparency;

/// <summary>A period [<see cref="FromUtc"/>, <see cref="ToUtc"/>) and, when set, one department's share of it.</summary>
public sealed record ImpactQuery(DateTime FromUtc, DateTime ToUtc, string? DepartmentKey, string Culture)
{
    /// <summary>The language part of the culture ("ar", "en"), as content items name theirs.</summary>
    public string Language => Culture.Length >= 2 ? Culture[..2] : Culture;
}
