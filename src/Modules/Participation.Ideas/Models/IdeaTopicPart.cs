using Participation.ContentManagement;

namespace Participation.Ideas.Models;

/// <summary>Who may propose and support: any signed-in citizen, or only those whose identity a national login verified.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<IdeaEligibility>))]
public enum IdeaEligibility { SignedIn, VerifiedIdentity }

/// <summary>
/// An idea topic (موضوع أفكار): the agency's question to the public, its objectives, the
/// department that studies the ideas, the submission and support periods, who may take part
/// and how supports work. The topic's title is the item's title.
/// </summary>
public sealed class IdeaTopicPart : ContentPart
{
    public string Description { get; set; } = "";
    public string Objectives { get; set; } = "";
    /// <summary>The department that studies the ideas (its key).</summary>
    public string Department { get; set; } = "";
    /// <summary>Ideas are accepted until then; the shipped workflow ends submissions at that date.</summary>
    public DateTime? SubmissionEndsUtc { get; set; }
    /// <summary>Supports are accepted until then; the shipped workflow moves the topic to study at that date.</summary>
    public DateTime? SupportEndsUtc { get; set; }
    public IdeaEligibility Eligibility { get; set; } = IdeaEligibility.SignedIn;
    /// <summary>At most this many ideas a person may support in the topic; null for no limit.</summary>
    public int? SupportLimit { get; set; }
    /// <summary>This many supports move an idea to study on its own; null for none.</summary>
    public int? Threshold { get; set; }
    /// <summary>
    /// The alternative to <see cref="Threshold"/>: when supporting ends (the topic moves to study),
    /// this many most-supported published ideas go to study (<see cref="Domain.StudySelection"/>); null for none.
    /// </summary>
    public int? StudyTop { get; set; }
    /// <summary>Whether an author may support their own idea.</summary>
    public bool AuthorsMaySupportOwn { get; set; }
    /// <summary>The categories an author chooses from (one line each in the editor); empty for none.</summary>
    public List<string> Categories { get; set; } = [];
}
