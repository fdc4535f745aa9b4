using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Participation.Departments;
using Participation.Http;
using Participation.Localization;
using Participation.Requests.Activities;
using Participation.Requests.Domain;
using Participation.Requests.Models;
using Participation.Users;
using Participation.Workflows;

namespace Participation.Requests.Services;

/// <summary>
/// What the workflows hear about requests: the events (with everything their email
/// templates read as <c>Input.*</c>) and the response-deadline timer. Both are stored in the
/// caller's transaction, so an acknowledged change always gets its emails.
/// </summary>
public sealed class RequestNotifier(IWorkflowTrigger trigger, IWorkflowTimers timers, IDepartmentDirectory departments, UserManager<ParticipationUser> users, IDateDisplay dates, IConfiguration configuration, RequestSettingsStore settingsStore, Microsoft.Extensions.Localization.IStringLocalizer<RequestNotifier> T)
{
    public string TrackingUrl(ServiceRequest request) => $"{PublicUrl.Of(configuration)}/requests/track/{request.ReferenceNumber}?code={request.AccessCode}";

    public string AdminUrl(ServiceRequest request) => $"{PublicUrl.Of(configuration)}/admin/requests/{request.Id}";

    public static string DeadlineKey(ServiceRequest request) => $"request:{request.Id}";

    public async Task SubmittedAsync(ServiceRequest request)
    {
        var settings = await settingsStore.GetAsync();
        var department = await DepartmentAsync(request.DepartmentKey);
        var input = Common(request);
        input["ResponseCommitmentAr"] = RequestVocabulary.Commitment(settings.ResponseHours, settings.Calendar, dates.FormatDateTime(request.DueUtc, "ar"), "ar", T);
        input["ResponseCommitmentEn"] = RequestVocabulary.Commitment(settings.ResponseHours, settings.Calendar, dates.FormatDateTime(request.DueUtc, "en"), "en", T);
        input["DepartmentEmail"] = department?.Email ?? "";
        input["DepartmentNameAr"] = department?.NameAr ?? "";
        input["DepartmentNameEn"] = department?.NameEn ?? "";
        await trigger.TriggerAsync(nameof(RequestSubmittedEvent), input, request.ReferenceNumber);
        await ScheduleDeadlineAsync(request);
    }

    /// <summary>A change for the participant (a new status, a reply) or for the department (added information, a request referred to it).</summary>
    public async Task UpdatedAsync(ServiceRequest request, RequestStatus from, string? message, RequestAudience audience)
    {
        var department = await DepartmentAsync(request.DepartmentKey);
        var input = Common(request);
        input["From"] = from.ToString();
        input["To"] = request.Status.ToString();
        input["StatusAr"] = RequestVocabulary.Status(request.Status, "ar");
        input["StatusEn"] = RequestVocabulary.Status(request.Status, "en");
        input["StatusChanged"] = from != request.Status;
        input["Message"] = message ?? "";
        input["Audience"] = audience.ToString();
        input["DepartmentEmail"] = department?.Email ?? "";
        await trigger.TriggerAsync(nameof(RequestStatusChangedEvent), input, request.ReferenceNumber);
        await ScheduleDeadlineAsync(request);
    }

    /// <summary>Arms (or moves) the escalation at the due time; drops it while the clock is stopped or once answered.</summary>
    public async Task ScheduleDeadlineAsync(ServiceRequest request)
    {
        if (!request.IsOpen || request.PausedUtc is not null || request.MergedIntoId is not null)
        {
            await timers.CancelAsync(nameof(ResponseDeadlinePassedEvent), DeadlineKey(request));
            return;
        }
        var department = await DepartmentAsync(request.DepartmentKey);
        var input = Common(request);
        input["RequestId"] = request.Id;
        input["DepartmentNameAr"] = department?.NameAr ?? "";
        input["DepartmentNameEn"] = department?.NameEn ?? "";
        input["EscalationEmails"] = string.Join(";", await EscalationAddressesAsync(department));
        await timers.ScheduleAsync(nameof(ResponseDeadlinePassedEvent), DeadlineKey(request), request.DueUtc, input);
    }

    /// <summary>The department's heads; without any, the parent department's mailbox, else its own.</summary>
    private async Task<List<string>> EscalationAddressesAsync(Department? department)
    {
        if (department is null) return [];
        var headIds = (await departments.MembersAsync(department.Key)).Where(m => m.IsHead).Select(m => m.UserId).ToList();
        var heads = await users.Users.Where(u => headIds.Contains(u.Id) && u.Email != null).Select(u => u.Email!).ToListAsync();
        if (heads.Count > 0) return heads;
        var parent = await DepartmentAsync(department.ParentKey);
        return [.. new[] { parent?.Email, department.Email }.OfType<string>().Where(e => e.Length > 0).Take(1)];
    }

    private Dictionary<string, object?> Common(ServiceRequest request) => new()
    {
        ["Kind"] = request.Kind.ToString(),
        ["KindAr"] = RequestVocabulary.Kind(request.Kind, "ar"),
        ["KindEn"] = RequestVocabulary.Kind(request.Kind, "en"),
        ["ReferenceNumber"] = request.ReferenceNumber,
        ["Subject"] = request.Subject,
        ["Name"] = request.Name,
        ["Email"] = request.Email,
        ["Culture"] = request.Culture,
        ["DepartmentKey"] = request.DepartmentKey ?? "",
        ["SatisfactionSurvey"] = request.SatisfactionSurvey,
        ["TrackingUrl"] = TrackingUrl(request),
        ["AdminUrl"] = AdminUrl(request),
        ["DueText"] = dates.FormatDateTime(request.DueUtc, "ar"),
        ["DueTextEn"] = dates.FormatDateTime(request.DueUtc, "en"),
    };

    private Task<Department?> DepartmentAsync(string? key) => departments.GetAsync(key);
}
