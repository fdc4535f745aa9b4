namespace Participation.Requests.Models;

/// <summary>The three forms a participant can send (seed 000's first tool).</summary>
public enum RequestKind { Suggestion, Complaint, Contact }

/// <summary>Where a request stands; every change is public and reaches the participant.</summary>
public enum RequestStatus { Received, Routed, InProgress, WaitingForParticipant, Answered, Closed }

/// <summary>
/// A suggestion, complaint or message to an official, with its reference number, the
/// department handling it and its response clock.
/// </summary>
public sealed class ServiceRequest
{
    public long Id { get; set; }
    /// <summary>Read over the phone: <c>CMP-1447-000123</c>.</summary>
    public string ReferenceNumber { get; set; } = "";
    /// <summary>Secret in the tracking link of the acknowledgement email.</summary>
    public string AccessCode { get; set; } = "";
    public RequestKind Kind { get; set; }
    public string? Category { get; set; }
    /// <summary>Who it is addressed to: <c>agency</c>, or a mission's or an official's office key.</summary>
    public string Target { get; set; } = RequestTargets.Agency;
    public string? DepartmentKey { get; set; }
    public string? AssignedUserId { get; set; }
    public RequestStatus Status { get; set; }
    public string Subject { get; set; } = "";
    public string Message { get; set; } = "";
    /// <summary>The admin-configured fields' values, as JSON <c>{ "name": "value" }</c>.</summary>
    public string Fields { get; set; } = "{}";
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
    public string? UserId { get; set; }
    public string Culture { get; set; } = "ar";
    public DateTime SubmittedUtc { get; set; }
    public DateTime DueUtc { get; set; }
    /// <summary>Set while waiting for the participant: the clock is stopped.</summary>
    public DateTime? PausedUtc { get; set; }
    /// <summary>Office minutes left when the clock stopped.</summary>
    public int? RemainingMinutes { get; set; }
    /// <summary>Office minutes the clock spent stopped, kept out of the time to answer.</summary>
    public int PausedMinutes { get; set; }
    public DateTime? AnsweredUtc { get; set; }
    public DateTime? ClosedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    /// <summary>The request this duplicate was merged into; it follows that one's answer.</summary>
    public long? MergedIntoId { get; set; }
    /// <summary>The participant's 1–5 rating of the answer.</summary>
    public int? Rating { get; set; }
    public string? RatingComment { get; set; }
    /// <summary>The participant asked, on the form, to be invited to a short survey about the answer.</summary>
    public bool SatisfactionSurvey { get; set; }

    public bool IsOpen => Status is not (RequestStatus.Answered or RequestStatus.Closed);
}

public static class RequestTargets
{
    public const string Agency = "agency";
}

public enum RequestEntryKind { Submitted, Routed, StatusChanged, Assigned, Note, Reply, ParticipantAddedInformation, Merged, Rated }

/// <summary>One line of a request's history. Internal notes, assignments and routing never reach the participant.</summary>
public sealed class RequestEntry
{
    public long Id { get; set; }
    public long RequestId { get; set; }
    public RequestEntryKind Kind { get; set; }
    public bool IsPublic { get; set; }
    public string? Text { get; set; }
    public RequestStatus? Status { get; set; }
    public string? DepartmentKey { get; set; }
    /// <summary>Staff member's display name, or null for the participant / the system.</summary>
    public string? AuthorName { get; set; }
    public string? AuthorUserId { get; set; }
    public DateTime CreatedUtc { get; set; }
}

/// <summary>A file sent with a request or with added information; stored in the data folder, never served publicly.</summary>
public sealed class RequestAttachment
{
    public string Id { get; set; } = "";
    public long RequestId { get; set; }
    public long? EntryId { get; set; }
    public string FileName { get; set; } = "";
    public string Extension { get; set; } = "";
    public long Size { get; set; }
    public DateTime UploadedUtc { get; set; }
}

/// <summary>The last number issued per prefix and Hijri year; incremented under a row lock.</summary>
public sealed class ReferenceCounter
{
    public string Key { get; set; } = "";
    public int Value { get; set; }
}
