using Participation.ContentManagement;

namespace Participation.Surveys.Models;

/// <summary>
/// A survey (استبيان): the title is the item's; why it is asked, the services it evaluates, the
/// display period, its sections of questions and the message shown once submitted.
/// </summary>
public sealed class SurveyPart : ContentPart
{
    public string Purpose { get; set; } = "";
    /// <summary>Keys of the services under evaluation (<see cref="SurveyServiceRecord"/>).</summary>
    public List<string> Services { get; set; } = [];
    public DateTime? StartsUtc { get; set; }
    /// <summary>When answering ends; the shipped workflow closes the survey then.</summary>
    public DateTime? EndsUtc { get; set; }
    public SurveyAccess Access { get; set; } = SurveyAccess.SignedIn;
    /// <summary>The survey participants are invited to once their request is answered, when they asked for it (an invitation survey).</summary>
    public bool FollowsRequests { get; set; }
    /// <summary>Invitation surveys: remind those who have not answered this many days after their last message (0: never)…</summary>
    public int ReminderDays { get; set; }
    /// <summary>…at most this many times.</summary>
    public int ReminderCount { get; set; }
    /// <summary>Whether the public sees the results, and from when (<see cref="Domain.PublicResultsRule"/>).</summary>
    public SurveyResultsVisibility PublicResults { get; set; }
    public List<SurveySection> Sections { get; set; } = [];
    public string EndMessageAr { get; set; } = "";
    public string EndMessageEn { get; set; } = "";

    public IEnumerable<SurveyQuestion> Questions => Sections.SelectMany(s => s.Questions);

    public string EndMessage(string culture) => Bilingual.Pick(culture, EndMessageAr, EndMessageEn);
}
