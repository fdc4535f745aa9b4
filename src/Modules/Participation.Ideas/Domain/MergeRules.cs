using Participation.Ideas.Models;

namespace Participation.Ideas.Domain;

/// <summary>
/// Whether idea B (<c>from</c>) may be merged into idea A (<c>into</c>), without a web server:
/// two different ideas of one topic, B still standing (waiting or public), A public and still
/// standing — never into a withdrawn or merged idea, where B's supporters would be lost.
/// </summary>
public static class MergeRules
{
    /// <summary>The statuses an idea may be merged from: waiting for review, or public.</summary>
    public static readonly IReadOnlyList<string> Mergeable = [IdeaStatus.Pending, .. IdeaStatus.Listed];

    public static IdeaProblem? CanMerge(IdeaIndex from, IdeaIndex? into)
    {
        if (into is null) return new("Choose the idea to merge this one into.");
        if (from.ContentItemId == into.ContentItemId) return new("An idea cannot be merged into itself.");
        if (!Mergeable.Contains(from.Status)) return new("This idea was withdrawn or merged already: it cannot be merged.");
        if (into.Status is IdeaStatus.Withdrawn or IdeaStatus.Merged) return new("The chosen idea was withdrawn or merged: choose the idea that stands.");
        if (!IdeaStatus.Listed.Contains(into.Status)) return new("The chosen idea is not published: merge into a published idea.");
        if (from.TopicId != into.TopicId) return new("Only ideas of the same topic can be merged.");
        return null;
    }
}
