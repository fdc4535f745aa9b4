namespace Participation.Departments;

/// <summary>
/// A staff member who handles a department's requests; the head (or a supervisor) also
/// receives its escalations.
/// </summary>
public sealed class DepartmentMember
{
    public long Id { get; set; }
    public string DepartmentKey { get; set; } = "";
    public string UserId { get; set; } = "";
    public bool IsHead { get; set; }
}
