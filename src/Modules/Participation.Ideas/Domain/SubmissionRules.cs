using Participation.Ideas.Models;

namespace Participation.Ideas.Domain;

/// <summary>
/// What an idea must meet to be submitted or edited, without a web server: the topic open for
/// ideas, a person it accepts, a title and a description of sensible length, a category of the
/// topic's; and when its author may still change or withdraw it.
/// </summary>
public static class SubmissionRules
{
    public const int TitleMin = 10, TitleMax = 150, DescriptionMin = 30, DescriptionMax = 4000;

    public static IdeaProblem? CanSubmit(IdeaTopicPart topic, string topicStage, DateTime nowUtc, bool identityVerified)
    {
        if (topicStage != IdeaTopicLifecycle.Open || (topic.SubmissionEndsUtc is { } ends && nowUtc >= ends)) return new("This topic is not taking new ideas.");
        if (topic.Eligibility == IdeaEligibility.VerifiedIdentity && !identityVerified)
            return new("This topic is open to verified identities only: sign in with the national login to take part.");
        return null;
    }

    /// <summary>Each problem with the field it belongs to (the form's field names).</summary>
    public static IReadOnlyList<(string Field, IdeaProblem Problem)> Check(IdeaTopicPart topic, string? title, string? description, string? category)
    {
        var problems = new List<(string, IdeaProblem)>();
        var t = title?.Trim() ?? "";
        var d = description?.Trim() ?? "";
        if (t.Length == 0) problems.Add(("Title", new("Write the idea's title.")));
        else if (t.Length < TitleMin || t.Length > TitleMax) problems.Add(("Title", new("The title takes {0} to {1} characters.", TitleMin, TitleMax)));
        if (d.Length == 0) problems.Add(("Description", new("Describe the idea.")));
        else if (d.Length < DescriptionMin || d.Length > DescriptionMax) problems.Add(("Description", new("The description takes {0} to {1} characters.", DescriptionMin, DescriptionMax)));
        if (topic.Categories.Count > 0 && !topic.Categories.Contains(category?.Trim() ?? "")) problems.Add(("Category", new("Choose one of the topic's categories.")));
        return problems;
    }

    /// <summary>The author may change the idea while it waits for review, or once published until its first support.</summary>
    public static IdeaProblem? CanEdit(string status, long supports)
    {
        if (status is not (IdeaStatus.Pending or IdeaStatus.Published)) return new("This idea can no longer be changed.");
        return supports > 0 ? new("People support this idea already: it can no longer be changed, so that they keep supporting what they read.") : null;
    }

    /// <summary>The author may withdraw the idea at any time before it is decided.</summary>
    public static IdeaProblem? CanWithdraw(string status)
        => status is IdeaStatus.Pending or IdeaStatus.Published or IdeaStatus.UnderStudy ? null : new("This idea can no longer be withdrawn.");
}
