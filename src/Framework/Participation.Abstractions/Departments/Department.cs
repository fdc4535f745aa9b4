namespace Participation.Departments;

public enum DepartmentKind { Department, Mission, OfficialOffice }

/// <summary>
/// An internal department, a mission abroad or a senior official's office: responsible for
/// consultations, the destination of routed requests.
/// </summary>
public sealed class Department
{
    public long Id { get; set; }
    /// <summary>Stable key used by recipes and routing rules, e.g. <c>planning</c>.</summary>
    public string Key { get; set; } = "";
    public string NameAr { get; set; } = "";
    public string NameEn { get; set; } = "";
    /// <summary>Where its mail goes (routed requests, escalations).</summary>
    public string Email { get; set; } = "";
    public string? ParentKey { get; set; }
    public DepartmentKind Kind { get; set; }
    public bool IsActive { get; set; } = true;

    public string Name(string culture) => culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? NameEn : NameAr;
}
