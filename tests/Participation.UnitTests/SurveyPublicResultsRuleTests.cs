using Participation.Surveys;
using Participation.Surveys.Domain;
using Participation.Surveys.Models;
using Participation.Transparency;

namespace Participation.UnitTests;

/// <summary>When a survey's results are public, and which of their counts the public may see.</summary>
public class SurveyPublicResultsRuleTests
{
    private static readonly DisclosureRule Five = new(5);

    [Theory]
    [InlineData(SurveyResultsVisibility.Never, SurveyLifecycle.Closed, false)]
    [InlineData(SurveyResultsVisibility.WhileOpen, SurveyLifecycle.Draft, false)]
    [InlineData(SurveyResultsVisibility.WhileOpen, SurveyLifecycle.Open, true)]
    [InlineData(SurveyResultsVisibility.WhileOpen, SurveyLifecycle.Archived, true)]
    [InlineData(SurveyResultsVisibility.AfterClosing, SurveyLifecycle.Open, false)]
    [InlineData(SurveyResultsVisibility.AfterClosing, SurveyLifecycle.Closed, true)]
    [InlineData(SurveyResultsVisibility.AfterClosing, SurveyLifecycle.Analysed, true)]
    public void Results_are_public_by_the_setting_and_the_stage(SurveyResultsVisibility setting, string stage, bool shown)
        => Assert.Equal(shown, PublicResultsRule.Shown(setting, stage));

    [Fact]
    public void Counts_of_one_to_four_are_withheld_and_zero_stays()
        => Assert.Equal([12L, null, 0L, null, 5L], PublicResultsRule.Disclosed([12, 4, 0, 1, 5], Five, addUp: false));

    [Fact]
    public void A_single_withheld_count_that_subtraction_would_give_back_takes_the_smallest_shown_one_with_it()
        => Assert.Equal([12L, null, 0L, null], PublicResultsRule.Disclosed([12, 2, 0, 6], Five, addUp: true));

    [Fact]
    public void Counts_that_do_not_add_up_to_the_answers_lose_only_their_own_small_count()
        => Assert.Equal([12L, null, 6L], PublicResultsRule.Disclosed([12, 2, 6], Five, addUp: false));

    [Fact]
    public void Only_counted_kinds_are_ever_public()
    {
        Assert.True(PublicResultsRule.Counted(QuestionKind.Nps));
        Assert.False(PublicResultsRule.Counted(QuestionKind.LongText));
        Assert.False(PublicResultsRule.Counted(QuestionKind.ShortText));
        Assert.False(PublicResultsRule.Counted(QuestionKind.Number));
    }
}
