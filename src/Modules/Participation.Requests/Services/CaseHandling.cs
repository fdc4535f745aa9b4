using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Participation.AuditTrail;
using Participation.Data;
using Participation.Departments;
using Participation.Requests.Domain;
using Participation.Requests.Models;
using Participation.Users;

namespace Participation.Requests.Services;

/// <summary>Who acts on a request: a staff member (name shown on public replies as the department's) or the participant.</summary>
public sealed record Actor(string? UserId, string? DisplayName);

/// <summary>
/// What officers and participants do to a request, and the rules each action keeps. Each
/// action is one transaction: the history line, the status and clock, the workflow event and
/// the moved deadline together. Public changes on a request reach the duplicates merged into it.
/// </summary>
public sealed class CaseHandling(IDataSession session, IDepartmentDirectory departments, UserManager<ParticipationUser> users, RequestSettingsStore settingsStore, RequestNotifier notifier, RequestAttachmentStore attachments, IAuditTrail audit, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<CaseOutcome> NoteAsync(ServiceRequest request, string? text, Actor actor)
    {
        if (string.IsNullOrWhiteSpace(text)) return CaseOutcome.Refused("Write the note.");
        Add(request, new RequestEntry { Kind = RequestEntryKind.Note, Text = text.Trim(), AuthorName = actor.DisplayName, AuthorUserId = actor.UserId });
        await session.SaveChangesAsync();
        return CaseOutcome.Done("Note added. Only staff see it.");
    }

    /// <summary>Gives the request to an officer of its department, or to nobody when <paramref name="userId"/> is empty.</summary>
    public async Task<CaseOutcome> AssignAsync(ServiceRequest request, string? userId, Actor actor)
    {
        string? name = null;
        if (!string.IsNullOrEmpty(userId))
        {
            var isOfficer = (await departments.MembersAsync(request.DepartmentKey)).Any(m => m.UserId == userId);
            name = isOfficer ? await users.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync() : null;
            if (name is null) return CaseOutcome.Refused("Assign the request to an officer of its department.");
        }
        request.AssignedUserId = name is null ? null : userId;
        Add(request, new RequestEntry { Kind = RequestEntryKind.Assigned, Text = name, AuthorName = actor.DisplayName, AuthorUserId = actor.UserId });
        await session.SaveChangesAsync();
        return name is null ? CaseOutcome.Done("Nobody is assigned now.") : CaseOutcome.Done("Assigned to {0}.", name);
    }

    /// <summary>A public reply, optionally moving the request on (answered, waiting for the participant…).</summary>
    public async Task<CaseOutcome> ReplyAsync(ServiceRequest request, string? text, RequestStatus? to, Actor actor)
    {
        if (string.IsNullOrWhiteSpace(text)) return CaseOutcome.Refused("Write the reply.");
        if (to is { } next && next != request.Status && !RequestStatusRules.CanMove(request.Status, next)) return CannotMove(request, next);
        await InTransactionAsync(async () =>
        {
            foreach (var target in await WithDuplicatesAsync(request))
            {
                var from = target.Status;
                if (to is { } status && status != target.Status) await MoveAsync(target, status);
                Add(target, new RequestEntry { Kind = RequestEntryKind.Reply, IsPublic = true, Text = text.Trim(), Status = target.Status, AuthorName = actor.DisplayName, AuthorUserId = actor.UserId });
                await session.SaveChangesAsync();
                await notifier.UpdatedAsync(target, from, text.Trim(), RequestAudience.Participant);
            }
        });
        return CaseOutcome.Done("Reply sent to the participant.");
    }

    public async Task<CaseOutcome> ChangeStatusAsync(ServiceRequest request, RequestStatus to, Actor actor)
    {
        if (to == request.Status || !RequestStatusRules.CanMove(request.Status, to)) return CannotMove(request, to);
        await InTransactionAsync(async () =>
        {
            foreach (var target in await WithDuplicatesAsync(request))
            {
                var from = target.Status;
                if (from == to || !RequestStatusRules.CanMove(from, to)) continue;
                await MoveAsync(target, to);
                Add(target, new RequestEntry { Kind = RequestEntryKind.StatusChanged, IsPublic = true, Status = to, AuthorName = actor.DisplayName, AuthorUserId = actor.UserId });
                await session.SaveChangesAsync();
                await notifier.UpdatedAsync(target, from, null, RequestAudience.Participant);
            }
        });
        return CaseOutcome.Done("Status changed; the participant is told.");
    }

    /// <summary>
    /// Sends the request to another active department (the history keeps where it was); the new
    /// department is emailed. The department it went to, or null when the key names no other active one.
    /// </summary>
    public async Task<Department?> RerouteAsync(ServiceRequest request, string? departmentKey, string? reason, Actor actor)
    {
        var department = await departments.GetAsync(departmentKey);
        if (department is not { IsActive: true } || department.Key == request.DepartmentKey) return null;
        await InTransactionAsync(async () =>
        {
            var from = request.Status;
            request.DepartmentKey = department.Key;
            request.AssignedUserId = null;
            if (request.Status == RequestStatus.Received) request.Status = RequestStatus.Routed;
            Add(request, new RequestEntry { Kind = RequestEntryKind.Routed, DepartmentKey = department.Key, Text = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), AuthorName = actor.DisplayName, AuthorUserId = actor.UserId });
            await session.SaveChangesAsync();
            await notifier.UpdatedAsync(request, from, reason?.Trim(), RequestAudience.Department);
        });
        await audit.RecordAsync("Request", "Rerouted", $"{request.ReferenceNumber} → {department.Key}");
        return department;
    }

    /// <summary>Folds a duplicate into the request it repeats: the duplicate's participant hears the answer given there.</summary>
    public async Task<CaseOutcome> MergeAsync(ServiceRequest duplicate, ServiceRequest primary, Actor actor)
    {
        if (duplicate.Id == primary.Id) return CaseOutcome.Refused("A request cannot be merged into itself.");
        if (primary.MergedIntoId is not null) return CaseOutcome.Refused("That request was itself merged into another; merge into that one.");
        if (duplicate.MergedIntoId is not null) return CaseOutcome.Refused("This request is already merged.");
        await InTransactionAsync(async () =>
        {
            var from = duplicate.Status;
            duplicate.MergedIntoId = primary.Id;
            if (duplicate.PausedUtc is not null) (await settingsStore.ClockAsync()).Restart(duplicate, Now);
            if (duplicate.Status != primary.Status) await MoveAsync(duplicate, primary.Status);
            // The duplicates that were merged into this one follow the primary too.
            await session.Set<ServiceRequest>().Where(r => r.MergedIntoId == duplicate.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.MergedIntoId, primary.Id));
            Add(duplicate, new RequestEntry { Kind = RequestEntryKind.Merged, IsPublic = true, Status = duplicate.Status, Text = primary.ReferenceNumber, AuthorName = actor.DisplayName, AuthorUserId = actor.UserId });
            Add(primary, new RequestEntry { Kind = RequestEntryKind.Merged, Text = duplicate.ReferenceNumber, AuthorName = actor.DisplayName, AuthorUserId = actor.UserId });
            await session.SaveChangesAsync();
            await notifier.UpdatedAsync(duplicate, from, RequestVocabulary.Merged(duplicate.Culture), RequestAudience.Participant);
        });
        await audit.RecordAsync("Request", "Merged", $"{duplicate.ReferenceNumber} → {primary.ReferenceNumber}");
        return CaseOutcome.Done("Merged into {0}: its participant will hear the answer given there.", primary.ReferenceNumber);
    }

    /// <summary>The participant adds information (and files); a request waiting for them starts moving again.</summary>
    public async Task<CaseOutcome> AddInformationAsync(ServiceRequest request, string? text, IReadOnlyList<IFormFile> files)
    {
        if (request.Status == RequestStatus.Closed || request.MergedIntoId is not null) return CaseOutcome.Refused("This request is closed. To raise something new, send a new request.");
        if (string.IsNullOrWhiteSpace(text)) return CaseOutcome.Refused("Write the information you want to add.");
        if (text.Trim().Length > RequestFormValidator.MaxMessage) return CaseOutcome.Refused("Keep the message under {0} characters.", RequestFormValidator.MaxMessage);
        if (await attachments.CheckAsync(files, (await settingsStore.GetAsync()).Attachments) is { } problem) return CaseOutcome.Refused(problem.Message, problem.Arguments);
        var saved = new List<RequestAttachment>();
        try
        {
            await InTransactionAsync(async () =>
            {
                var from = request.Status;
                if (request.Status == RequestStatus.WaitingForParticipant) await MoveAsync(request, RequestStatus.InProgress);
                var entry = Add(request, new RequestEntry { Kind = RequestEntryKind.ParticipantAddedInformation, IsPublic = true, Text = text.Trim(), Status = request.Status });
                await session.SaveChangesAsync();
                foreach (var file in files)
                {
                    var attachment = await attachments.SaveAsync(request.Id, entry.Id, file);
                    saved.Add(attachment);
                    session.Set<RequestAttachment>().Add(attachment);
                }
                await session.SaveChangesAsync();
                await notifier.UpdatedAsync(request, from, text.Trim(), RequestAudience.Department);
            });
        }
        catch
        {
            foreach (var attachment in saved) await attachments.DeleteAsync(attachment);
            throw;
        }
        return CaseOutcome.Done("Thank you: your information was added and the department told.");
    }

    /// <summary>The participant rates the answer, once, after it arrives.</summary>
    public async Task<CaseOutcome> RateAsync(ServiceRequest request, int? rating, string? comment)
    {
        if (request.Status is not (RequestStatus.Answered or RequestStatus.Closed) || request.Rating is not null) return CaseOutcome.Refused("You can rate the answer once, after it arrives.");
        if (rating is not (>= 1 and <= 5)) return CaseOutcome.Refused("Choose a rating from 1 to 5.");
        if (comment?.Length > 1000) comment = comment[..1000];
        request.Rating = rating;
        request.RatingComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        Add(request, new RequestEntry { Kind = RequestEntryKind.Rated, IsPublic = true, Text = request.RatingComment });
        await session.SaveChangesAsync();
        return CaseOutcome.Done("Thank you for rating the answer.");
    }

    private static CaseOutcome CannotMove(ServiceRequest request, RequestStatus to)
        => CaseOutcome.Refused("The request cannot move from “{0}” to “{1}”.", StatusName(request.Status), StatusName(to));

    private static string StatusName(RequestStatus status) => RequestVocabulary.Status(status, CultureInfo.CurrentUICulture.Name);

    /// <summary>Sets the status and what it does to the clock: stopped while waiting, restarted after, ended by an answer.</summary>
    private async Task MoveAsync(ServiceRequest request, RequestStatus to)
    {
        var responseClock = await settingsStore.ClockAsync();
        if (RequestStatusRules.StopsClock(to)) responseClock.Stop(request, Now);
        else if (request.PausedUtc is not null) responseClock.Restart(request, Now);
        if (to == RequestStatus.Answered) request.AnsweredUtc ??= Now;
        if (to == RequestStatus.Closed) { request.ClosedUtc = Now; request.AnsweredUtc ??= Now; }
        if (to == RequestStatus.InProgress) request.ClosedUtc = null;
        request.Status = to;
    }

    private RequestEntry Add(ServiceRequest request, RequestEntry entry)
    {
        entry.RequestId = request.Id;
        entry.CreatedUtc = Now;
        request.UpdatedUtc = Now;
        session.Set<RequestEntry>().Add(entry);
        return entry;
    }

    private async Task<List<ServiceRequest>> WithDuplicatesAsync(ServiceRequest request)
        => [request, .. await session.Set<ServiceRequest>().Where(r => r.MergedIntoId == request.Id).ToListAsync()];

    private async Task InTransactionAsync(Func<Task> work)
    {
        await using var transaction = await session.Database.BeginTransactionAsync();
        await work();
        await transaction.CommitAsync();
    }
}

/// <summary>Who an update is for: the shipped workflow emails the participant or the department.</summary>
public enum RequestAudience { Participant, Department }
