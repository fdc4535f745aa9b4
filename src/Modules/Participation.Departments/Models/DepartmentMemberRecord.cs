namespace Participation.Departments.Models;

/// <summary>A row of the <c>DepartmentMembers</c> table; other modules read it as <see cref="DepartmentMember"/>.</summary>
public sealed class DepartmentMemberRecord
{
    public long Id { get; set; }
    public string DepartmentKey { get; set; } = "";
    public string UserId { get; set; } = "";
    public bool IsHead { get; set; }
}
