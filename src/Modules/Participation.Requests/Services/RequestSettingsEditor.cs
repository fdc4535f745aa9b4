using Participation.AuditTrail;
using Participation.Departments;
using Participation.Requests.Domain;
using Participation.Requests.Models;

namespace Participation.Requests.Services;

/// <summary>
/// The admin's changes to the request forms and routing. Each change is checked as a whole,
/// against the departments that exist, before it is kept; a refused change keeps nothing.
/// </summary>
public sealed class RequestSettingsEditor(RequestSettingsStore store, IDepartmentDirectory directory, IAuditTrail audit)
{
    /// <summary>The departments the settings can route to, for the settings page.</summary>
    public Task<IReadOnlyList<Department>> DepartmentsAsync() => directory.ListAsync(activeOnly: false);

    /// <summary>Applies the change and keeps it; what is wrong with the result when it is refused, else nothing.</summary>
    public async Task<IReadOnlyList<SettingsProblem>> ChangeAsync(Func<RequestSettings, RequestSettings> change)
    {
        // The settings are immutable: a refused change leaves the kept ones untouched.
        var settings = change(await store.GetAsync());
        var departments = (await directory.ListAsync(activeOnly: false)).Select(d => d.Key).ToList();
        var problems = RequestSettingsCheck.Problems(settings, departments).ToList();
        if (problems.Count > 0) return problems;
        await store.SaveAsync(settings);
        await audit.RecordAsync("Requests", "SettingsChanged");
        return [];
    }
}
