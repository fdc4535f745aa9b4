using Microsoft.EntityFrameworkCore;
using Participation.Data;

namespace Participation.Departments;

/// <summary>Department names in the visitor's language, from the departments list (read once per request).</summary>
public sealed class DepartmentNames(IDataSession session)
{
    private List<Department>? _departments;
    private static string Culture => System.Globalization.CultureInfo.CurrentUICulture.Name;

    public async Task<string> NameOfAsync(string key) => (await AllAsync()).FirstOrDefault(d => d.Key == key)?.Name(Culture) ?? "";

    public async Task<IReadOnlyList<(string Key, string Name)>> OptionsAsync() => [.. (await AllAsync()).Select(d => (d.Key, d.Name(Culture)))];

    private async Task<List<Department>> AllAsync()
        => _departments ??= await session.Set<Department>().Where(d => d.IsActive).OrderBy(d => d.Kind).ThenBy(d => d.NameAr).ToListAsync();
}
