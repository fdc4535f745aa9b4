namespace Participation.Departments;

/// <summary>
/// A staff member who handles a department's requests; the head (or a supervisor) also
/// receives its escalations.
/// </summary>
public sealed record DepartmentMember(string DepartmentKey, string UserId, bool IsHead);
