using Participation.Ideas.Models;

namespace Participation.Ideas.ViewModels;

/// <summary>The topic's editor in the admin; dates in Riyadh time, categories one per line.</summary>
public sealed class IdeaTopicPartEditViewModel
{
    public string? Description { get; set; }
    public string? Objectives { get; set; }
    public string? Department { get; set; }
    public DateTime? SubmissionEnds { get; set; }
    public DateTime? SupportEnds { get; set; }
    public IdeaEligibility Eligibility { get; set; }
    public int? SupportLimit { get; set; }
    public int? Threshold { get; set; }
    public int? StudyTop { get; set; }
    public bool AuthorsMaySupportOwn { get; set; }
    public string? Categories { get; set; }
    public IReadOnlyList<(string Key, string Name)> DepartmentOptions { get; set; } = [];
}
