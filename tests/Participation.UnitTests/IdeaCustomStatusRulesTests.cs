using Participation.Ideas.Domain;
using Participation.Ideas.Models;

namespace Participation.UnitTests;

/// <summary>The statuses an admin defines for ideas: names in both languages, what they count as, and when one may go.</summary>
public class IdeaCustomStatusRulesTests
{
    private static readonly IReadOnlyList<string> Decisions = [IdeaStatus.UnderStudy, IdeaStatus.Accepted, IdeaStatus.Rejected, IdeaStatus.Implemented];

    private static IdeaProblem? Check(string? ar, string? en, string? countsAs = IdeaStatus.Accepted, params string[] taken)
        => CustomStatusRules.Check(ar, en, countsAs, Decisions, taken);

    [Fact]
    public void A_status_needs_both_names_within_the_limit_and_a_decision_it_counts_as()
    {
        Assert.Null(Check("مقبولة جزئياً", "Partly accepted"));
        Assert.Equal("Write the status's Arabic name.", Check("  ", "Partly accepted")?.Message);
        Assert.Equal("Write the status's English name.", Check("مقبولة جزئياً", null)?.Message);
        Assert.Equal("A status's name takes at most {0} characters.", Check(new string('م', CustomStatusRules.NameMax + 1), "Partly accepted")?.Message);
        Assert.Equal("Choose what the status counts as.", Check("مقبولة جزئياً", "Partly accepted", IdeaStatus.Withdrawn)?.Message);
        Assert.Equal("Choose what the status counts as.", Check("مقبولة جزئياً", "Partly accepted", null)?.Message);
    }

    [Fact]
    public void A_name_already_taken_in_either_language_is_refused_whatever_its_case_and_spacing()
    {
        Assert.Equal("A status with this name exists already: choose another name.", Check("بانتظار  الميزانية", "Waiting for the budget", IdeaStatus.UnderStudy, "بانتظار الميزانية")?.Message);
        Assert.Equal("A status with this name exists already: choose another name.", Check("مقبولة جزئياً", "ACCEPTED", IdeaStatus.Accepted, "accepted")?.Message);
        Assert.Null(Check("مقبولة جزئياً", "Partly accepted", IdeaStatus.Accepted, "accepted", "مقبولة"));
        // The same word with or without its shadda, or with another taa marbuta spelling, is the same name.
        Assert.Equal("A status with this name exists already: choose another name.", Check("منفذة", "Done", IdeaStatus.Implemented, "منفّذة")?.Message);
        Assert.Equal("A status with this name exists already: choose another name.", Check("منفذه", "Done", IdeaStatus.Implemented, "منفّذة")?.Message);
    }

    [Fact]
    public void A_status_in_an_ideas_timeline_stays_and_only_an_undecided_one_is_not_a_decision()
    {
        Assert.Null(CustomStatusRules.CanDelete(0));
        Assert.Equal("This status cannot be deleted while ideas' timelines show it ({0} ideas).", CustomStatusRules.CanDelete(3)?.Message);
        Assert.False(CustomStatusRules.IsDecided(new IdeaCustomStatus { CountsAs = IdeaStatus.UnderStudy }));
        Assert.True(CustomStatusRules.IsDecided(new IdeaCustomStatus { CountsAs = IdeaStatus.Rejected }));
    }
}
