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
        => ChangeAsync(s =>
        {
            s.ResponseHours = responseHours;
            s.DueSoonHours = Math.Max(0, dueSoonHours);
            s.FallbackDepartment = fallbackDepartment ?? "";
            s.Calendar.WorkDays = workDays ?? [];
            s.Calendar.Opens = opens;
            s.Calendar.Closes = closes;
            s.Attachments.Extensions = [.. (extensions ?? "").Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Select(e => (e.StartsWith('.') ? e : "." + e).ToLowerInvariant()).Distinct()];
            s.Attachments.MaxMegabytes = Math.Clamp(maxMegabytes, 1, 50);
            s.Attachments.MaxFiles = Math.Clamp(maxFiles, 0, 10);
        });

    [HttpPost("holidays/add")]
    public Task<IActionResult> AddHoliday(DateOnly from, DateOnly? to, string? nameAr, string? nameEn)
        => ChangeAsync(s => s.Calendar.Holidays.Add(new Holiday(from, to ?? from, nameAr?.Trim() ?? "", nameEn?.Trim() ?? "")));

    [HttpPost("special-hours/add")]
    public Task<IActionResult> AddSpecialHours(DateOnly from, DateOnly to, TimeOnly opens, TimeOnly closes)
        => ChangeAsync(s => s.Calendar.SpecialHours.Add(new SpecialHours(from, to, opens, closes)));

    [HttpPost("categories/add")]
    public Task<IActionResult> AddCategory(string? key, string? nameAr, string? nameEn, List<RequestKind>? kinds)
        => ChangeAsync(s => s.Categories.Add(new RequestCategory { Key = key?.Trim() ?? "", NameAr = nameAr?.Trim() ?? "", NameEn = nameEn?.Trim() ?? "", Kinds = kinds ?? [] }));

    [HttpPost("fields/add")]
    public Task<IActionResult> AddField(string? name, RequestKind? kind, string? labelAr, string? labelEn, FormFieldType type, bool required, int? maxLength, string? options)
        => ChangeAsync(s => s.Fields.Add(new FormFieldDefinition
        {
            Name = name?.Trim() ?? "", Kind = kind, LabelAr = labelAr?.Trim() ?? "", LabelEn = labelEn?.Trim() ?? "", Type = type, Required = required,
            MaxLength = maxLength ?? (type == FormFieldType.TextArea ? 2000 : 200),
            Options = [.. (options ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        }));

    [HttpPost("routing/add")]
    public Task<IActionResult> AddRule(RequestKind? kind, string? category, string? target, string? department)
        => ChangeAsync(s => s.Routing.Add(new RoutingRule { Kind = kind, Category = NullIfEmpty(category), Target = NullIfEmpty(target), Department = department ?? "" }));

    /// <summary>Removes entry <paramref name="index"/> of a list: holidays, special-hours, categories, fields or routing.</summary>
    [HttpPost("{list}/{index:int}/remove")]
    public Task<IActionResult> Remove(string list, int index) => ChangeAsync(s =>
    {
        System.Collections.IList? items = list switch
        {
            "holidays" => s.Calendar.Holidays, "special-hours" => s.Calendar.SpecialHours, "categories" => s.Categories,
            "fields" => s.Fields, "routing" => s.Routing, _ => null,
        };
        if (items is not null && index >= 0 && index < items.Count) items.RemoveAt(index);
    });

    private async Task<IActionResult> ChangeAsync(Action<RequestSettings> change)
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

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private async Task<bool> CanAsync() => await authorization.AuthorizeAsync(User, Permissions.ManageRequestSettings);
}
