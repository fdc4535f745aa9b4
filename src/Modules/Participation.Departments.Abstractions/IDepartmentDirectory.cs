namespace Participation.Departments;

/// <summary>
/// The departments and their officers as other modules read them; only the Departments
/// module touches their tables.
/// </summary>
public interface IDepartmentDirectory
{
    /// <summary>The departments (only those in use unless told), ordered by kind then Arabic name.</summary>
    Task<IReadOnlyList<Department>> ListAsync(bool activeOnly = true);

    /// <summary>The department with this key, in use or not; null when there is none.</summary>
    Task<Department?> GetAsync(string? key);

    /// <summary>The name of the department in use with this key in the visitor's language, else empty.</summary>
    Task<string> NameOfAsync(string key);

    /// <summary>The departments in use as (key, name in the visitor's language), for a list to choose from.</summary>
    Task<IReadOnlyList<(string Key, string Name)>> OptionsAsync();

    /// <summary>The keys of the departments this user is an officer or head of.</summary>
    Task<IReadOnlyList<string>> DepartmentsOfMemberAsync(string? userId);

    /// <summary>The department's officers and heads.</summary>
    Task<IReadOnlyList<DepartmentMember>> MembersAsync(string? departmentKey);
}
