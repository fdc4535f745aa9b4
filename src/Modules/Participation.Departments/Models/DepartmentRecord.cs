namespace Participation.Departments.Models;

/// <summary>A row of the <c>Departments</c> table; other modules read it as <see cref="Department"/>.</summary>
public sealed class DepartmentRecord
{
    public long Id { get; set; }
    public string Key { get; set; } = "";
    public string NameAr { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string Email { get; set; } = "";
    public string? ParentKey { get; set; }
    public DepartmentKind Kind { get; set; }
    public bool IsActive { get; set; } = true;
}
