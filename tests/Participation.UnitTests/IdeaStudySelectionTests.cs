using Participation.Ideas.Domain;

namespace Participation.UnitTests;

/// <summary>The "top N when supporting ends" rule, without a web server.</summary>
public class IdeaStudySelectionTests
{
    [Fact]
    public void The_most_supported_ideas_go_to_study_in_any_order_they_are_read()
        => Assert.Equal(["b", "d"], StudySelection.Choose([("a", 3), ("b", 9), ("c", 1), ("d", 7)], 2).Order());

    [Fact]
    public void Ideas_tied_with_the_last_one_chosen_go_too()
        => Assert.Equal(["a", "b", "c"], StudySelection.Choose([("a", 5), ("b", 4), ("c", 4), ("d", 2)], 2).Order());

    [Fact]
    public void An_idea_nobody_supported_never_goes_even_when_places_are_left()
    {
        Assert.Equal(["a"], StudySelection.Choose([("a", 1), ("b", 0), ("c", 0)], 3));
        Assert.Empty(StudySelection.Choose([], 3));
    }
}
