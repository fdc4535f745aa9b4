using Participation.Surveys;
using Participation.Surveys.Domain;
using Participation.Surveys.Models;
using Participation.Surveys.Services;
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
        Assert.True(PublicResultsRule.Published(QuestionKind.Likert));
        Assert.True(PublicResultsRule.Published(QuestionKind.Ranking));
        Assert.False(PublicResultsRule.Published(QuestionKind.LongText));
        Assert.False(PublicResultsRule.Published(QuestionKind.Date));
    }

    private static List<SurveyChoice> Choices(params string[] ids) => [.. ids.Select(id => new SurveyChoice { Id = id, TextAr = id, TextEn = id })];

    /// <summary>Figures with each choice's counts given by value from 1.</summary>
    private static QuestionFigures Figures(SurveyQuestion q, long answered, params (string Choice, long[] ByValue)[] counts)
        => new(q, answered, counts.SelectMany(c => c.ByValue.Select((n, i) => (Key: (c.Choice, (int?)(i + 1)), n))).Where(x => x.n > 0).ToDictionary(x => x.Key, x => x.n));

    [Fact]
    public void A_Likert_row_withholds_its_small_counts_and_the_one_subtraction_would_give_back_and_a_row_few_answered_shows_nothing()
    {
        var q = new SurveyQuestion { Id = "q", Kind = QuestionKind.Likert, Rows = Choices("clear", "quick", "kind") };
        var shown = SurveyPublicResults.Disclose(Figures(q, 14, ("clear", [0, 0, 2, 6, 6]), ("quick", [0, 0, 0, 1, 2]), ("kind", [0, 0, 0, 7, 7])), Five);

        Assert.Equal(14, shown.Answered);
        Assert.Equal(["clear", "quick", "kind"], shown.LikertRows.Select(r => r.Row.Id));
        // 2 withheld, and the smaller 6 beside it: 14 − 6 − 6 would give the 2 back.
        Assert.Equal([0L, 0L, null, null, 6L], shown.LikertRows[0].Values.Select(v => v.Count));
        Assert.Equal(100.0 * 6 / 14, shown.LikertRows[0].Values[4].Percent);
        Assert.Null(shown.LikertRows[0].Values[3].Percent);
        // Three answered the row: nothing of it, not even how many.
        Assert.Null(shown.LikertRows[1].Answered);
        Assert.Empty(shown.LikertRows[1].Values);
        Assert.Equal([0L, 0L, 0L, 7L, 7L], shown.LikertRows[2].Values.Select(v => v.Count));
        Assert.Equal(50, shown.LikertRows[2].Values[3].Percent);
    }

    [Fact]
    public void A_ranking_shows_mean_ranks_and_firsts_unless_a_small_count_would_come_back_from_them()
    {
        var q = new SurveyQuestion { Id = "q", Kind = QuestionKind.Ranking, Options = Choices("parks", "roads", "schools") };
        var open = SurveyPublicResults.Disclose(Figures(q, 12, ("parks", [7, 5, 0]), ("roads", [5, 7, 0]), ("schools", [0, 0, 12])), Five);
        Assert.Equal([7L, 5L, 0L], open.RankedOptions.Select(o => o.RankedFirst));
        Assert.Equal([17.0 / 12, 19.0 / 12, 3.0], open.RankedOptions.Select(o => o.MeanRank));
        Assert.Empty(open.Rows);

        // Four ranked roads first: withheld, and parks' 8 with it (12 − 8); their means would give the counts back.
        var small = SurveyPublicResults.Disclose(Figures(q, 12, ("parks", [8, 4, 0]), ("roads", [4, 8, 0]), ("schools", [0, 0, 12])), Five);
        Assert.Equal([null, null, 0L], small.RankedOptions.Select(o => o.RankedFirst));
        Assert.Equal([null, null, 3.0], small.RankedOptions.Select(o => o.MeanRank));

        // Fewer than five answered the ranking: nothing.
        Assert.Empty(SurveyPublicResults.Disclose(Figures(q, 3, ("parks", [3, 0, 0]), ("roads", [0, 3, 0]), ("schools", [0, 0, 3])), Five).RankedOptions);
    }
}
