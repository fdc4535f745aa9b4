using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Departments;
using Participation.Requests.Domain;
using Participation.Requests.Models;

namespace Participation.Requests.Services;

/// <summary>Who acts on a request: a staff member (name shown on public replies as the department's) or the participant.</summary>
public sealed record Actor(string? UserId, string? DisplayName);

/// <summary>
/// What officers and participants do to a request. Each action is one transaction: the
/// history line, the status and clock, the workflow event and the moved deadline together.
/// Public changes on a request reach the duplicates merged into it.
/// </summary>
public sealed class CaseHandling(IDataSession session, RequestSettingsStore settingsStore, RequestNotifier notifier, RequestAttachmentStore attachments, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task NoteAsync(ServiceRequest request, string text, Actor actor)
    {
        Add(request, new RequestEntry { Kind = RequestEntryKind.Note, Text = text.Trim(), AuthorName = actor.DisplayName, AuthorUserId = actor.UserId });
        await session.SaveChangesAsync();
    }

    public async Task AssignAsync(ServiceRequest request, string? userId, string? assigneeName, Actor actor)
    {
        request.AssignedUserId = userId;
        Add(request, new RequestEntry { Kind = RequestEntryKind.Assigned, Text = assigneeName, AuthorName = actor.DisplayName, AuthorUserId = actor.UserId });
        await session.SaveChangesAsync();
    }

    /// <summary>A public reply, optionally moving the request on (answered, waiting for the participant…).</summary>
    public async Task<bool> ReplyAsync(ServiceRequest request, string text, RequestStatus? to, Actor actor)
    {
        if (to is { } next && next != request.Status && !RequestStatusRules.CanMove(request.Status, next)) return false;
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
        return true;
    }

    public async Task<bool> ChangeStatusAsync(ServiceRequest request, RequestStatus to, Actor actor)
    {
        if (to == request.Status || !RequestStatusRules.CanMove(request.Status, to)) return false;
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
        return true;
    }

    /// <summary>Sends the request to another department (the history keeps where it was); the new department is emailed.</summary>
    public async Task RerouteAsync(ServiceRequest request, Department department, string? reason, Actor actor)
    {
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
    }

    /// <summary>Folds a duplicate into the request it repeats: the duplicate's participant hears the answer given there.</summary>
    public async Task<string?> MergeAsync(ServiceRequest duplicate, ServiceRequest primary, Actor actor)
    {
        if (duplicate.Id == primary.Id) return "A request cannot be merged into itself.";
        if (primary.MergedIntoId is not null) return "That request was itself merged into another; merge into that one.";
        if (duplicate.MergedIntoId is not null) return "This request is already merged.";
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
        return null;
    }

    /// <summary>The participant adds information (and files); a request waiting for them starts moving again.</summary>
    public async Task AddInformationAsync(ServiceRequest request, string text, IReadOnlyList<IFormFile> files)
    {
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
            foreach (var attachment in saved) attachments.Delete(attachment);
            throw;
        }
    }

    public async Task RateAsync(ServiceRequest request, int rating, string? comment)
    {
        request.Rating = rating;
        request.RatingComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        Add(request, new RequestEntry { Kind = RequestEntryKind.Rated, IsPublic = true, Text = request.RatingComment });
        await session.SaveChangesAsync();
    }

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
