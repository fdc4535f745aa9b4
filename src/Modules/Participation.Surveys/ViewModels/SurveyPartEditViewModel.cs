using Participation.Surveys.Models;

namespace Participation.Surveys.ViewModels;

public sealed class SurveyPartEditViewModel
{
    public string? Purpose { get; set; }
    public List<string> Services { get; set; } = [];
    public DateTime? Starts { get; set; }
    public DateTime? Ends { get; set; }
    public SurveyAccess Access { get; set; }
    public bool FollowsRequests { get; set; }
    public int ReminderDays { get; set; }
    public int ReminderCount { get; set; }
    public SurveyResultsVisibility PublicResults { get; set; }
    public string? EndMessageAr { get; set; }
    public string? EndMessageEn { get; set; }
    public IReadOnlyList<SurveyServiceRecord> ServiceOptions { get; set; } = [];
    public string ContentItemId { get; set; } = "";
}
