using Participation.ContentManagement;

namespace Participation.Consultations.Models;

/// <summary>A consultation's participation period and, once decided, the decision and why.</summary>
public sealed class ConsultationPart : ContentPart
{
    /// <summary>One or two sentences shown in lists.</summary>
    public string Summary { get; set; } = "";
    public string Objectives { get; set; } = "";
    /// <summary>Keys of the target audiences; empty means everyone.</summary>
    public List<string> Audiences { get; set; } = [];
    public string ExpectedImpact { get; set; } = "";
    /// <summary>Keys of the participation channels offered (the portal always).</summary>
    public List<string> Channels { get; set; } = [];
    /// <summary>Why participation is needed; staff only, it goes into the archive report.</summary>
    public string InitialAssessment { get; set; } = "";
    /// <summary>The tags editors classify contributions with.</summary>
    public List<string> ContributionTags { get; set; } = [];
    /// <summary>"What changed because of you", shown with the decision.</summary>
    public string WhatChanged { get; set; } = "";
    public string Achievements { get; set; } = "";
    public string Obstacles { get; set; } = "";
    public string Recommendations { get; set; } = "";
    /// <summary>The proposal documents (PDF and Office files), stored outside the web root.</summary>
    public List<Attachment> Attachments { get; set; } = [];
    public DateTime? OpensUtc { get; set; }
    public DateTime? ClosesUtc { get; set; }
    /// <summary>The key of the internal department responsible for the decision (the departments list).</summary>
    public string Department { get; set; } = "";
    public string Decision { get; set; } = "";
    public string DecisionRationale { get; set; } = "";
}

/// <summary>A proposal document: its public name and what the server checked it to be.</summary>
public sealed class Attachment
{
    public string Id { get; set; } = "";
    public string FileName { get; set; } = "";
    public string Extension { get; set; } = "";
    public long Size { get; set; }
    public DateTime UploadedUtc { get; set; }
}

/// <summary>The participation channels a consultation may offer.</summary>
public static class ConsultationVocabulary
{
    public static readonly (string Key, string English)[] Channels =
    [
        ("portal", "This portal"),
        ("email", "Email"),
        ("workshops", "Workshops and meetings"),
        ("social", "Social media"),
        ("phone", "Phone"),
    ];
}
