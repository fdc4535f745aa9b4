using Participation.Data;

namespace Participation.Departments;

/// <summary>Department names in the visitor's language, from the departments list.</summary>
public sealed class DepartmentNames(IDataSession session)
{
    private List<Department>? _departments;
    private List<Department> All => _departments ??= [.. session.Set<Department>().Where(d => d.IsActive).OrderBy(d => d.Kind).ThenBy(d => d.NameAr)];
    private static string Culture => System.Globalization.CultureInfo.CurrentUICulture.Name;

    public string NameOf(string key) => All.FirstOrDefault(d => d.Key == key)?.Name(Culture) ?? "";

    public IReadOnlyList<(string Key, string Name)> Options() => All.Select(d => (d.Key, d.Name(Culture))).ToList();
}
