using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Departments;
using Participation.Localization;
using Participation.Requests.Domain;
using Participation.Requests.Models;
using Participation.Requests.ViewModels;
using Participation.Users;

namespace Participation.Requests.Services;

/// <summary>
/// The participant's side of a request: finding it by the emailed code, by number and email, or
/// by their account, and what its tracking page shows (public history only).
/// </summary>
public sealed class RequestTracking(IDataSession session, IDepartmentDirectory departments, RequestSettingsStore settingsStore, RequestAttachmentStore attachments, IDateDisplay dates, UserManager<ParticipationUser> users, Microsoft.Extensions.Localization.IStringLocalizer<RequestTracking> T)
{
    /// <summary>The request, if the visitor may see it: the emailed code, or their own account.</summary>
    public async Task<ServiceRequest?> FindAsync(string reference, string? code, ClaimsPrincipal visitor, bool tracked = false)
    {
        var number = ReferenceNumbers.Normalize(reference);
        var query = session.Set<ServiceRequest>().Where(r => r.ReferenceNumber == number);
        var request = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync();
        if (request is null) return null;
        if (!string.IsNullOrEmpty(code) && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(code), Encoding.ASCII.GetBytes(request.AccessCode))) return request;
        return visitor.Identity?.IsAuthenticated == true && request.UserId is not null && request.UserId == users.GetUserId(visitor) ? request : null;
    }

    /// <summary>
    /// The request with this number, if it was sent from this email address. A wrong number and a
    /// wrong address both give null, so nothing tells a guesser that a number exists.
    /// </summary>
    public async Task<ServiceRequest?> FindByEmailAsync(string? reference, string? email)
    {
        var number = ReferenceNumbers.Normalize(reference);
        var address = email?.Trim() ?? "";
        if (number.Length == 0 || address.Length == 0) return null;
        var request = await session.Set<ServiceRequest>().AsNoTracking().FirstOrDefaultAsync(r => r.ReferenceNumber == number);
        return request is not null && string.Equals(request.Email, address, StringComparison.OrdinalIgnoreCase) ? request : null;
    }

    /// <summary>When the answer is due, in words, for the acknowledgement page.</summary>
    public async Task<string> CommitmentAsync(ServiceRequest request, string culture)
    {
        var settings = await settingsStore.GetAsync();
        return RequestVocabulary.Commitment(settings.ResponseHours, settings.Calendar, dates.FormatDateTime(request.DueUtc, culture), culture, T);
    }

    public async Task<TrackViewModel> TrackingAsync(ServiceRequest request, string? code, string culture)
    {
        var settings = await settingsStore.GetAsync();
        var department = await departments.GetAsync(request.DepartmentKey);
        return new TrackViewModel
        {
            Request = request,
            History = await session.Set<RequestEntry>().AsNoTracking().Where(e => e.RequestId == request.Id && e.IsPublic).OrderBy(e => e.Id).ToListAsync(),
            Attachments = await attachments.ListAsync(request.Id),
            DepartmentName = department?.Name(culture) ?? "",
            CategoryName = settings.Categories.FirstOrDefault(c => c.Key == request.Category)?.Name(culture) ?? "",
            Code = code,
            MergedInto = request.MergedIntoId is { } merged ? await session.Set<ServiceRequest>().Where(r => r.Id == merged).Select(r => r.ReferenceNumber).FirstOrDefaultAsync() : null,
            AttachmentRules = settings.Attachments,
        };
    }

    /// <summary>The requests sent from this account, newest first.</summary>
    public Task<List<ServiceRequest>> MineAsync(ClaimsPrincipal user)
    {
        var userId = users.GetUserId(user);
        return session.Set<ServiceRequest>().AsNoTracking().Where(r => r.UserId == userId).OrderByDescending(r => r.SubmittedUtc).ToListAsync();
    }
}
