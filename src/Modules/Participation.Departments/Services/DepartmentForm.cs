namespace Participation.Departments.Services;

/// <summary>A department as the admin posted it: a new one has no id and brings its key.</summary>
public sealed record DepartmentForm(long? Id, string? Key, string? NameAr, string? NameEn, string? Email, DepartmentKind Kind, string? ParentKey, bool IsActive);
