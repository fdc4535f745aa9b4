using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Participation.Admin;
using Participation.Notify;
using Participation.Requests.Domain;
using Participation.Requests.Models;
using Participation.Requests.Services;
using Participation.Security;

namespace Participation.Requests.Controllers;

/// <summary>
/// The request forms and where they go: response commitment, office calendar (holidays,
/// special hours), categories, the forms' extra fields, routing rules, attachment rules.
/// Every change is checked as a whole before it is kept.
/// </summary>
[Admin, Area("Participation.Requests"), Route("admin/requests/settings")]
public sealed class SettingsController(RequestSettingsStore store, RequestSettingsEditor editor, IAuthorizationService authorization, INotifier notifier, IStringLocalizer<SettingsController> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        if (!await CanAsync()) return Forbid();
        ViewData["Departments"] = await editor.DepartmentsAsync();
        return View(await store.GetAsync());
    }

    [HttpPost("general")]
    public Task<IActionResult> General(int responseHours, int dueSoonHours, string? fallbackDepartment, List<DayOfWeek>? workDays, TimeOnly opens, TimeOnly closes, string? extensions, int maxMegabytes, int maxFiles)
        => ChangeAsync(s => s with
        {
            ResponseHours = responseHours,
            DueSoonHours = Math.Max(0, dueSoonHours),
            FallbackDepartment = fallbackDepartment ?? "",
            Calendar = s.Calendar with { WorkDays = workDays ?? [], Opens = opens, Closes = closes },
            Attachments = s.Attachments with
            {
                Extensions = [.. (extensions ?? "").Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Select(e => (e.StartsWith('.') ? e : "." + e).ToLowerInvariant()).Distinct()],
                MaxMegabytes = Math.Clamp(maxMegabytes, 1, 50),
                MaxFiles = Math.Clamp(maxFiles, 0, 10),
            },
        });

    [HttpPost("holidays/add")]
    public Task<IActionResult> AddHoliday(DateOnly from, DateOnly? to, string? nameAr, string? nameEn)
        => ChangeAsync(s => s with { Calendar = s.Calendar with { Holidays = [.. s.Calendar.Holidays, new Holiday(from, to ?? from, nameAr?.Trim() ?? "", nameEn?.Trim() ?? "")] } });

    [HttpPost("special-hours/add")]
    public Task<IActionResult> AddSpecialHours(DateOnly from, DateOnly to, TimeOnly opens, TimeOnly closes)
        => ChangeAsync(s => s with { Calendar = s.Calendar with { SpecialHours = [.. s.Calendar.SpecialHours, new SpecialHours(from, to, opens, closes)] } });

    [HttpPost("categories/add")]
    public Task<IActionResult> AddCategory(string? key, string? nameAr, string? nameEn, List<RequestKind>? kinds)
        => ChangeAsync(s => s with { Categories = [.. s.Categories, new RequestCategory { Key = key?.Trim() ?? "", NameAr = nameAr?.Trim() ?? "", NameEn = nameEn?.Trim() ?? "", Kinds = kinds ?? [] }] });

    [HttpPost("fields/add")]
    public Task<IActionResult> AddField(string? name, RequestKind? kind, string? labelAr, string? labelEn, FormFieldType type, bool required, int? maxLength, string? options)
        => ChangeAsync(s => s with { Fields = [.. s.Fields, new FormFieldDefinition
        {
            Name = name?.Trim() ?? "", Kind = kind, LabelAr = labelAr?.Trim() ?? "", LabelEn = labelEn?.Trim() ?? "", Type = type, Required = required,
            MaxLength = maxLength ?? (type == FormFieldType.TextArea ? 2000 : 200),
            Options = [.. (options ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        }] });

    [HttpPost("routing/add")]
    public Task<IActionResult> AddRule(RequestKind? kind, string? category, string? target, string? department)
        => ChangeAsync(s => s with { Routing = [.. s.Routing, new RoutingRule { Kind = kind, Category = NullIfEmpty(category), Target = NullIfEmpty(target), Department = department ?? "" }] });

    /// <summary>Removes entry <paramref name="index"/> of a list: holidays, special-hours, categories, fields or routing.</summary>
    [HttpPost("{list}/{index:int}/remove")]
    public Task<IActionResult> Remove(string list, int index) => ChangeAsync(s => list switch
    {
        "holidays" => s with { Calendar = s.Calendar with { Holidays = Without(s.Calendar.Holidays, index) } },
        "special-hours" => s with { Calendar = s.Calendar with { SpecialHours = Without(s.Calendar.SpecialHours, index) } },
        "categories" => s with { Categories = Without(s.Categories, index) },
        "fields" => s with { Fields = Without(s.Fields, index) },
        "routing" => s with { Routing = Without(s.Routing, index) },
        _ => s,
    });

    private async Task<IActionResult> ChangeAsync(Func<RequestSettings, RequestSettings> change)
    {
        if (!await CanAsync()) return Forbid();
        var problems = await editor.ChangeAsync(change);
        if (problems.Count == 0) notifier.Success(T["Saved."]);
        else
        {
            // All the problems in one notice.
            var texts = problems.Select(p => T[p.Message, p.Arguments]).ToList();
            notifier.Error(new LocalizedString(string.Join(" ", texts.Select(t => t.Name)), string.Join(" ", texts.Select(t => t.Value))));
        }
        return Redirect("/admin/requests/settings");
    }

    /// <summary>The list without entry <paramref name="index"/>; the list itself when there is none.</summary>
    private static IReadOnlyList<T> Without<T>(IReadOnlyList<T> items, int index)
        => index >= 0 && index < items.Count ? [.. items.Take(index), .. items.Skip(index + 1)] : items;

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private async Task<bool> CanAsync() => await authorization.AuthorizeAsync(User, Permissions.ManageRequestSettings);
}
