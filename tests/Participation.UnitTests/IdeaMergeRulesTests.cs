using Participation.Ideas.Domain;
using Participation.Ideas.Models;

namespace Participation.UnitTests;

/// <summary>Which duplicates may be merged into which idea, without a web server.</summary>
public class IdeaMergeRulesTests
{
    private static IdeaIndex Idea(string id, string status = IdeaStatus.Published, string topic = "topic-1") => new() { ContentItemId = id, Status = status, TopicId = topic };

    private static string? Merge(IdeaIndex from, IdeaIndex? into) => MergeRules.CanMerge(from, into)?.Message;

    [Fact]
    public void A_published_or_waiting_duplicate_merges_into_a_public_idea_of_its_topic()
    {
        Assert.Null(Merge(Idea("b"), Idea("a")));
        Assert.Null(Merge(Idea("b", IdeaStatus.Pending), Idea("a", IdeaStatus.UnderStudy)));
        Assert.Null(Merge(Idea("b", IdeaStatus.UnderStudy), Idea("a", IdeaStatus.Accepted)));
    }

    [Fact]
    public void Merging_into_itself_across_topics_or_into_an_idea_that_does_not_stand_is_refused()
    {
        Assert.Equal("An idea cannot be merged into itself.", Merge(Idea("a"), Idea("a")));
        Assert.Equal("Only ideas of the same topic can be merged.", Merge(Idea("b"), Idea("a", topic: "topic-2")));
        Assert.Equal("The chosen idea was withdrawn or merged: choose the idea that stands.", Merge(Idea("b"), Idea("a", IdeaStatus.Withdrawn)));
        Assert.Equal("The chosen idea was withdrawn or merged: choose the idea that stands.", Merge(Idea("b"), Idea("a", IdeaStatus.Merged)));
        Assert.Equal("The chosen idea is not published: merge into a published idea.", Merge(Idea("b"), Idea("a", IdeaStatus.Pending)));
        Assert.Equal("This idea was withdrawn or merged already: it cannot be merged.", Merge(Idea("b", IdeaStatus.Merged), Idea("a")));
        Assert.Equal("Choose the idea to merge this one into.", Merge(Idea("b"), null));
    }
}
