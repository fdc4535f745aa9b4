using Participation.Departments;
using Participation.Requests.Domain;
using Participation.Requests.Models;
using Participation.Requests.Services;

namespace Participation.Requests.ViewModels;

public sealed class RequestFormViewModel
{
    public RequestKind Kind { get; set; }
    public RequestSubmission Values { get; set; } = new();
    public IReadOnlyList<RequestCategory> Categories { get; set; } = [];
    public IReadOnlyList<FormFieldDefinition> Fields { get; set; } = [];
    /// <summary>Missions (for suggestions and complaints) or officials' offices (for messages).</summary>
    public IReadOnlyList<Department> Addressees { get; set; } = [];
    public AttachmentSettings Attachments { get; set; } = new();
    public string? CaptchaHtml { get; set; }
    /// <summary>Field name → the localised problem.</summary>
    public Dictionary<string, string> Errors { get; set; } = [];
    public string ResponseCommitment { get; set; } = "";
}

public sealed class TrackViewModel
{
    public required ServiceRequest Request { get; init; }
    public required IReadOnlyList<RequestEntry> History { get; init; }
    public required IReadOnlyList<RequestAttachment> Attachments { get; init; }
    public required string DepartmentName { get; init; }
    public required string CategoryName { get; init; }
    /// <summary>Appended to links and forms so they keep the access the email link gave.</summary>
    public string? Code { get; init; }
    public string? MergedInto { get; init; }
    public AttachmentSettings AttachmentRules { get; init; } = new();
}

public sealed class InboxViewModel
{
    public IReadOnlyList<ServiceRequest> Requests { get; set; } = [];
    /// <summary>How many requests the view and filters match, across all pages; counted up to one above <see cref="Services.RequestInbox.CountedUpTo"/>.</summary>
    public int Total { get; set; }
    /// <summary>Where the next page starts; null on the last.</summary>
    public Participation.Data.KeysetCursor? Next { get; set; }
    public bool FirstPage { get; set; } = true;
    public IReadOnlyList<Department> Departments { get; set; } = [];
    public string? Department { get; set; }
    public RequestStatus? Status { get; set; }
    public string View { get; set; } = "open";
    public string? Query { get; set; }
    public DateTime NowUtc { get; set; }
    public ResponseClock Clock { get; set; } = null!;
    public int DueSoonHours { get; set; }
    public Dictionary<string, string> AssigneeNames { get; set; } = [];
}

public sealed class CaseViewModel
{
    public required ServiceRequest Request { get; init; }
    public required IReadOnlyList<RequestEntry> History { get; init; }
    public required IReadOnlyList<RequestAttachment> Attachments { get; init; }
    public required IReadOnlyList<Department> Departments { get; init; }
    public required IReadOnlyList<(string UserId, string Name)> Officers { get; init; }
    public required IReadOnlyList<FormFieldDefinition> Fields { get; init; }
    public required Dictionary<string, string> FieldValues { get; init; }
    public required string CategoryName { get; init; }
    public required DateTime NowUtc { get; init; }
    public required ResponseClock Clock { get; init; }
    public ServiceRequest? MergedInto { get; init; }
    public IReadOnlyList<ServiceRequest> Duplicates { get; init; } = [];
    /// <summary>The change this suggestion led to, when an officer recorded one.</summary>
    public RequestChange? Change { get; set; }
    /// <summary>Whether this staff member may record or withdraw that change.</summary>
    public bool CanPublishChange { get; set; }
}

public sealed class FiguresViewModel
{
    public IReadOnlyList<DepartmentFigures> Rows { get; set; } = [];
    public Dictionary<string, string> DepartmentNames { get; set; } = [];
    /// <summary>Satisfaction with the answers from the follow-up survey, by department (responses in the period).</summary>
    public Dictionary<string, Participation.Surveys.AnswerSatisfaction> SurveySatisfaction { get; set; } = [];
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
}

/// <summary>The form of the module's workflow events: which kind of request, and for a status change which status.</summary>
public sealed class RequestEventViewModel
{
    [System.ComponentModel.DataAnnotations.Display(Name = "Kind of request")]
    public string? Kind { get; set; }
    [System.ComponentModel.DataAnnotations.Display(Name = "New status")]
    public string? To { get; set; }

    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public bool FiltersStatus { get; set; }
}
