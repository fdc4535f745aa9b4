using System.ComponentModel.DataAnnotations;

namespace Participation.Consultations.ViewModels;

public sealed class ConsultationPartViewModel
{
    /// <summary>Set once the item is saved, for the links to its analysis and report.</summary>
    public string? ContentItemId { get; set; }
    public bool IsSaved { get; set; }

    [Display(Name = "Summary")]
    public string? Summary { get; set; }

    [Display(Name = "Objectives")]
    public string? Objectives { get; set; }

    public List<string> Audiences { get; set; } = [];
    public IReadOnlyList<Participation.Audiences.Audience> AudienceOptions { get; set; } = [];

    [Display(Name = "Expected impact on the audience")]
    public string? ExpectedImpact { get; set; }

    public List<string> Channels { get; set; } = [];

    /// <summary>Riyadh time, as editors think of it.</summary>
    [Display(Name = "Participation opens")]
    public DateTime? Opens { get; set; }

    [Display(Name = "Participation closes")]
    public DateTime? Closes { get; set; }

    [Display(Name = "Department responsible")]
    public string? Department { get; set; }
    public IReadOnlyList<(string Key, string Name)> DepartmentOptions { get; set; } = [];

    [Display(Name = "Initial assessment: why participation is needed (staff only)")]
    public string? InitialAssessment { get; set; }

    [Display(Name = "Tags for classifying contributions (comma-separated)")]
    public string? ContributionTags { get; set; }

    [Display(Name = "Decision")]
    public string? Decision { get; set; }

    [Display(Name = "Why this decision")]
    public string? DecisionRationale { get; set; }

    [Display(Name = "What changed because of the participants")]
    public string? WhatChanged { get; set; }

    [Display(Name = "Achievements")]
    public string? Achievements { get; set; }

    [Display(Name = "Obstacles")]
    public string? Obstacles { get; set; }

    [Display(Name = "Recommendations")]
    public string? Recommendations { get; set; }

    public IReadOnlyList<Participation.Consultations.Models.Attachment> Attachments { get; set; } = [];
    public List<string> RemoveAttachments { get; set; } = [];
    public long MaxMegabytes { get; set; }
}

/// <summary>The public view of a consultation's own data.</summary>
public sealed class ConsultationDisplayViewModel
{
    public required string ContentItemId { get; init; }
    public required string? Stage { get; init; }
    public required IReadOnlyList<string> Stages { get; init; }
    public DateTime? OpensUtc { get; init; }
    public DateTime? ClosesUtc { get; init; }
    public required DateTime NowUtc { get; init; }
    public string Department { get; init; } = "";
    public string SummaryHtml { get; init; } = "";
    public string ObjectivesHtml { get; init; } = "";
    public string ExpectedImpactHtml { get; init; } = "";
    /// <summary>The target audiences' names, in the visitor's language.</summary>
    public IReadOnlyList<string> Audiences { get; init; } = [];
    public IReadOnlyList<string> Channels { get; init; } = [];
    public string DecisionHtml { get; init; } = "";
    public string RationaleHtml { get; init; } = "";
    public string WhatChangedHtml { get; init; } = "";
    public IReadOnlyList<Participation.Consultations.Models.Attachment> Attachments { get; init; } = [];
    public bool IsDecided => Stage is "Decided" or "Archived";
}

public sealed class ConsultationListViewModel
{
    public required IReadOnlyList<Participation.ContentManagement.ContentItem> Items { get; init; }
    /// <summary>The cursor of the next page, null on the last.</summary>
    public string? Next { get; init; }
    public required IReadOnlyList<(string Key, string Name)> Departments { get; init; }
    public required IReadOnlyDictionary<string, string> DepartmentNames { get; init; }
    public string? Stage { get; init; }
    public string? Department { get; init; }
    public string? Audience { get; init; }
    public string? Query { get; init; }
    public DateTime NowUtc { get; init; }
    public IReadOnlyList<Participation.Audiences.Audience> AudienceOptions { get; init; } = [];
}

public sealed class AnalysisViewModel
{
    public required Participation.ContentManagement.ContentItem Item { get; init; }
    public required Participation.Consultations.Services.ContributionStatistics Statistics { get; init; }
    public required IReadOnlyList<Participation.Comments.CommentInfo> Contributions { get; init; }
    public required IReadOnlyList<Participation.Comments.CommentInfo> Replies { get; init; }
    /// <summary>How many contributions the filter matches, across all pages.</summary>
    public required int Matching { get; init; }
    /// <summary>Where the next page starts; null on the last.</summary>
    public Participation.Data.KeysetCursor? Next { get; init; }
    public bool FirstPage { get; init; }
    public required IReadOnlyList<string> Tags { get; init; }
    public string? Stance { get; init; }
    public string? Tag { get; init; }
}
