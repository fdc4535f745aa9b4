using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Departments;
using Participation.Requests.Domain;
using Participation.Requests.Models;
using Participation.Requests.ViewModels;
using Participation.Users;

namespace Participation.Requests.Services;

/// <summary>What the staff's case page reads: the request, its history and files, its department's officers, where it can be referred.</summary>
public sealed class CaseQueries(IDataSession session, IDepartmentDirectory departments, UserManager<ParticipationUser> users, RequestSettingsStore settingsStore, RequestAttachmentStore attachments, TimeProvider clock)
{
    /// <summary>The request, tracked so an action can change it.</summary>
    public Task<ServiceRequest?> FindAsync(long id) => session.Set<ServiceRequest>().FirstOrDefaultAsync(r => r.Id == id);

    public Task<ServiceRequest?> FindByNumberAsync(string? referenceNumber)
    {
        var number = ReferenceNumbers.Normalize(referenceNumber);
        return session.Set<ServiceRequest>().FirstOrDefaultAsync(r => r.ReferenceNumber == number);
    }

    public async Task<CaseViewModel> CaseAsync(ServiceRequest request)
    {
        var settings = await settingsStore.GetAsync();
        var officerIds = (await departments.MembersAsync(request.DepartmentKey)).Select(m => m.UserId).ToList();
        var officers = await users.Users.Where(u => officerIds.Contains(u.Id)).OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync();
        return new CaseViewModel
        {
            Request = request,
            History = await session.Set<RequestEntry>().AsNoTracking().Where(e => e.RequestId == request.Id).OrderBy(e => e.Id).ToListAsync(),
            Attachments = await attachments.ListAsync(request.Id),
            Departments = await departments.ListAsync(),
            Officers = [.. officers.Select(o => (o.Id, o.DisplayName))],
            Fields = settings.Fields,
            FieldValues = JsonSerializer.Deserialize<Dictionary<string, string>>(request.Fields) ?? [],
            CategoryName = settings.Categories.FirstOrDefault(c => c.Key == request.Category)?.Name(CultureInfo.CurrentUICulture.Name) ?? request.Category ?? "",
            NowUtc = clock.GetUtcNow().UtcDateTime,
            Clock = await settingsStore.ClockAsync(),
            MergedInto = request.MergedIntoId is { } merged ? await session.Set<ServiceRequest>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == merged) : null,
            Duplicates = await session.Set<ServiceRequest>().AsNoTracking().Where(r => r.MergedIntoId == request.Id).ToListAsync(),
        };
    }
}
