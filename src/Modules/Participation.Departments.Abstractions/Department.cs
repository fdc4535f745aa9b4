namespace Participation.Departments;

/// <summary>
/// An internal department, a mission abroad or a senior official's office: responsible for
/// consultations, the destination of routed requests.
/// </summary>
public sealed record Department
{
    /// <summary>Stable key used by recipes and routing rules, e.g. <c>planning</c>.</summary>
    public required string Key { get; init; }
    public string NameAr { get; init; } = "";
    public string NameEn { get; init; } = "";
    /// <summary>Where its mail goes (routed requests, escalations).</summary>
    public string Email { get; init; } = "";
    public string? ParentKey { get; init; }
    public DepartmentKind Kind { get; init; }
    public bool IsActive { get; init; } = true;

    public string Name(string culture) => culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? NameEn : NameAr;
}
