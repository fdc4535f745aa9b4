namespace Participation.Departments.Services;

/// <summary>A department's officer or head as the admin's list shows them.</summary>
public sealed record DepartmentMemberView(long Id, string DepartmentKey, string DisplayName, string UserName, bool IsHead);
