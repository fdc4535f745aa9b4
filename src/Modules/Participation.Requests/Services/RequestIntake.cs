using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Departments;
using Participation.Requests.Domain;
using Participation.Requests.Models;
using Participation.Requests.ViewModels;

namespace Participation.Requests.Services;

public sealed record IntakeResult(ServiceRequest? Request, IReadOnlyList<FieldProblem> Problems);

/// <summary>
/// Accepts a request: checks the form and the files, routes it, issues its reference number,
/// starts its response clock and stores it with its history, files, events and deadline in
/// one transaction — acknowledged means kept, and the emails follow.
/// </summary>
public sealed class RequestIntake(
    IDataSession session,
    RequestSettingsStore settingsStore,
    ReferenceNumberIssuer issuer,
    RequestAttachmentStore attachments,
    RequestNotifier notifier,
    IDepartmentDirectory departments,
    RequestMetrics metrics,
    TimeProvider clock,
    Microsoft.Extensions.Localization.IStringLocalizer<RequestIntake> T)
{
    /// <summary>Who a form can address: officials' offices for a message, missions abroad for the others.</summary>
    private async Task<List<Department>> AddresseesAsync(RequestKind kind)
    {
        var addresseeKind = kind == RequestKind.Contact ? DepartmentKind.OfficialOffice : DepartmentKind.Mission;
        return [.. (await departments.ListAsync()).Where(d => d.Kind == addresseeKind)];
    }

    /// <summary>The form for this kind of request, filled with what was typed; the caller adds the human check.</summary>
    public async Task<RequestFormViewModel> FormAsync(RequestKind kind, RequestSubmission values, string culture)
    {
        var settings = await settingsStore.GetAsync();
        var addressees = await AddresseesAsync(kind);
        var validator = new RequestFormValidator(settings, [.. addressees.Select(a => a.Key)]);
        return new RequestFormViewModel
        {
            Kind = kind,
            Values = values,
            Categories = [.. validator.CategoriesFor(kind)],
            Fields = [.. validator.FieldsFor(kind)],
            Addressees = addressees,
            Attachments = settings.Attachments,
            ResponseCommitment = RequestVocabulary.Commitment(settings.ResponseHours, settings.Calendar, null, culture, T),
        };
    }

    public async Task<IntakeResult> SubmitAsync(RequestSubmission submission, IReadOnlyList<IFormFile> files, string? userId, string culture)
    {
        var settings = await settingsStore.GetAsync();
        var addressees = await AddresseesAsync(submission.Kind);
        var problems = new RequestFormValidator(settings, [.. addressees.Select(a => a.Key)]).Validate(submission, culture);
        if (await attachments.CheckAsync(files, settings.Attachments) is { } fileProblem) problems.Add(fileProblem);
        if (problems.Count > 0) return new(null, problems);

        var active = (await departments.ListAsync()).Select(d => d.Key).ToList();
        var target = string.IsNullOrWhiteSpace(submission.Target) ? RequestTargets.Agency : submission.Target;
        var department = new RequestRouter(settings.Routing, settings.FallbackDepartment, active.Contains).Route(submission.Kind, submission.Category, target);
        var now = clock.GetUtcNow().UtcDateTime;
        var calendar = settings.Calendar.ToCalendar();
        var counter = ReferenceNumbers.CounterKey(submission.Kind, calendar.ToLocal(now));
        await issuer.EnsureCounterAsync(counter);

        var saved = new List<RequestAttachment>();
        await using var transaction = await session.Database.BeginTransactionAsync();
        try
        {
            var request = new ServiceRequest
            {
                ReferenceNumber = await issuer.NextAsync(counter),
                AccessCode = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant(),
                Kind = submission.Kind,
                Category = string.IsNullOrWhiteSpace(submission.Category) ? null : submission.Category,
                Target = target,
                DepartmentKey = department,
                Status = department is null ? RequestStatus.Received : RequestStatus.Routed,
                Subject = submission.Subject!.Trim(),
                Message = submission.Message!.Trim(),
                Fields = JsonSerializer.Serialize(submission.Fields.Where(f => !string.IsNullOrWhiteSpace(f.Value)).ToDictionary(f => f.Key, f => f.Value!.Trim())),
                Name = submission.Name!.Trim(),
                Email = submission.Email!.Trim(),
                UserId = userId,
                Culture = culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "ar",
                SatisfactionSurvey = submission.SatisfactionSurvey,
                SubmittedUtc = now,
                UpdatedUtc = now,
                DueUtc = new ResponseClock(calendar).DueFrom(now, settings.ResponseHours),
            };
            session.Set<ServiceRequest>().Add(request);
            await session.SaveChangesAsync();
            var submitted = new RequestEntry { RequestId = request.Id, Kind = RequestEntryKind.Submitted, IsPublic = true, Status = request.Status, CreatedUtc = now };
            session.Set<RequestEntry>().Add(submitted);
            if (department is not null)
                // No author: the routing rules sent it.
                session.Set<RequestEntry>().Add(new RequestEntry { RequestId = request.Id, Kind = RequestEntryKind.Routed, DepartmentKey = department, CreatedUtc = now });
            await session.SaveChangesAsync();
            foreach (var file in files)
            {
                var attachment = await attachments.SaveAsync(request.Id, submitted.Id, file);
                saved.Add(attachment);
                session.Set<RequestAttachment>().Add(attachment);
            }
            await session.SaveChangesAsync();
            await notifier.SubmittedAsync(request);
            await transaction.CommitAsync();
            metrics.Accepted(request.Kind);
            return new(request, []);
        }
        catch
        {
            foreach (var attachment in saved) await attachments.DeleteAsync(attachment);
            throw;
        }
    }
}
