using Participation.Surveys.Domain;
using Participation.Surveys.Models;

namespace Participation.UnitTests;

/// <summary>The analysis cross-tab's rules, without a server: shares of those who answered both, skips apart, multiple choice past 100%.</summary>
public class CrossTabTests
{
    private static readonly SurveyQuestion Visited = new() { Id = "q1", Kind = QuestionKind.YesNo };
    private static readonly SurveyQuestion Improve = new()
    {
        Id = "q5", Kind = QuestionKind.MultipleChoice, AllowOther = true,
        Options = [new() { Id = "o1", TextAr = "السرعة" }, new() { Id = "o2", TextAr = "المواعيد" }],
    };

    /// <summary>Visited (rows) by what to improve (columns): two "yes" respondents ticking o1+o2 and o1; one "no" who left it empty.</summary>
    private static CrossTab Table() => new(CrossTab.KeysOf(Visited), CrossTab.KeysOf(Improve),
        [("yes", "o1", 2), ("yes", "o2", 1)],
        new Dictionary<string, long> { ["yes"] = 2 },
        new Dictionary<string, long> { ["yes"] = 2, ["no"] = 1 });

    [Fact]
    public void A_multiple_choice_counts_a_respondent_in_each_cell_ticked_so_a_row_passes_100_percent()
    {
        var table = Table();
        Assert.Equal((2, 1, 0), (table.Count("yes", "o1"), table.Count("yes", "o2"), table.Count("yes", AnswerValue.Other)));
        Assert.Equal(2, table.Respondents("yes"));
        Assert.Equal(150.0, table.Share("yes", "o1")!.Value + table.Share("yes", "o2")!.Value);
    }

    [Fact]
    public void A_respondent_who_skipped_the_column_question_is_counted_apart_never_as_a_share()
    {
        var table = Table();
        Assert.Equal((0, 1), (table.Respondents("no"), table.NotAnswered("no")));
        Assert.Null(table.Share("no", "o1"));
        Assert.Equal(0, table.NotAnswered("yes"));
    }

    [Fact]
    public void Only_questions_with_fixed_answers_tabulate_and_their_keys_are_the_stored_ones_in_order()
    {
        Assert.Equal(["o1", "o2", "other"], CrossTab.KeysOf(Improve));
        Assert.Equal(["yes", "no"], CrossTab.KeysOf(Visited));
        Assert.Equal(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"], CrossTab.KeysOf(new SurveyQuestion { Kind = QuestionKind.Nps }));
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7"], CrossTab.KeysOf(new SurveyQuestion { Kind = QuestionKind.Effort }));
        Assert.False(CrossTab.Tabulates(new SurveyQuestion { Kind = QuestionKind.LongText }));
        Assert.False(CrossTab.Tabulates(new SurveyQuestion { Kind = QuestionKind.Likert }));
        Assert.True(CrossTab.Tabulates(new SurveyQuestion { Kind = QuestionKind.Rating }));
    }
}
