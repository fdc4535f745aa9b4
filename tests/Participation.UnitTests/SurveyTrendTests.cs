using Participation.Charts;
using Participation.Surveys.Domain;
using Participation.Surveys.Models;

namespace Participation.UnitTests;

/// <summary>A service's satisfaction trend: the order of periods, which question each score counts, and periods nobody answered.</summary>
public class SurveyTrendTests
{
    private static readonly DateTime Day = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static SurveyQuestion Q(string id, QuestionKind kind) => new() { Id = id, Kind = kind, TextAr = "سؤال " + id };

    private static TrendSurvey S(string id, int startDay, params SurveyQuestion[] questions) => new(id, "استبيان " + id, Day.AddDays(startDay), Day.AddDays(startDay + 30), Day, questions);

    [Fact]
    public void Periods_follow_their_start_whatever_the_order_surveys_were_made_in()
    {
        var undated = new TrendSurvey("d", "بلا فترة", null, null, Day.AddDays(45), [Q("r", QuestionKind.Rating)]);
        var periods = SatisfactionTrend.Periods([S("c", 90, Q("r", QuestionKind.Rating)), S("a", 0, Q("r", QuestionKind.Rating)), undated, S("b", 30, Q("r", QuestionKind.Rating))]);
        Assert.Equal(["a", "b", "d", "c"], periods.Select(p => p.Survey.Id));
    }

    [Fact]
    public void A_score_reads_the_question_id_versions_share_else_the_first_of_its_kind()
    {
        // v1 and v2 share "sat" (a new version keeps its ids), though v2 put a new rating first; v3 was written anew.
        var v1 = S("v1", 0, Q("sat", QuestionKind.Rating), Q("rec", QuestionKind.Nps));
        var v2 = S("v2", 30, Q("staff", QuestionKind.Rating), Q("sat", QuestionKind.Rating), Q("rec", QuestionKind.Nps));
        var v3 = S("v3", 60, Q("x", QuestionKind.YesNo), Q("new-rating", QuestionKind.Rating), Q("other-rating", QuestionKind.Rating), Q("effort", QuestionKind.Effort));
        var periods = SatisfactionTrend.Periods([v3, v2, v1]);
        Assert.Equal(["sat", "sat", "new-rating"], periods.Select(p => p.Rating!.Id));
        Assert.Equal(["rec", "rec", null], periods.Select(p => p.Nps?.Id));
        Assert.Equal([null, null, "effort"], periods.Select(p => p.Effort?.Id));
    }

    [Fact]
    public void A_period_nobody_completed_has_no_score_rather_than_zero()
    {
        var period = SatisfactionTrend.Periods([S("a", 0, Q("sat", QuestionKind.Rating), Q("rec", QuestionKind.Nps))])[0];
        var counts = new Dictionary<string, IReadOnlyDictionary<int, long>> { ["sat"] = new Dictionary<int, long> { [5] = 3, [2] = 1 }, ["rec"] = new Dictionary<int, long>() };
        var point = SatisfactionTrend.Point(period, 4, q => counts[q.Id]);
        Assert.Equal((4L, 75.0, (double?)null, (double?)null), (point.Completed, point.Csat!.Value, point.Nps, point.Ces));
        var empty = SatisfactionTrend.Point(period, 0, _ => new Dictionary<int, long>());
        Assert.Equal(((double?)null, (double?)null), (empty.Csat, empty.Nps));
    }

    [Fact]
    public void The_line_chart_names_itself_runs_right_to_left_and_leaves_a_gap_where_a_period_has_no_value()
    {
        IReadOnlyList<(string, double?)> points = [("2026-01", 50), ("2026-02", null), ("2026-03", 75), ("2026-04", 100)];
        var ltr = LineChart.Svg("الرضا <عبر> الزمن", "نسبة 4 و5", points, 0, 100, "0.#", rightToLeft: false);
        Assert.Contains("<title id=", ltr);
        Assert.Contains("الرضا &lt;عبر&gt; الزمن</title>", ltr);
        Assert.Contains("<desc id=", ltr);
        Assert.DoesNotContain("style=", ltr);
        // Only March–April are joined: January and March have no neighbour with a value.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(ltr, "class=\"chart-line\""));
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(ltr, "class=\"chart-point\"").Count);
        // The first period is on the left in English, on the right in Arabic.
        var rtl = LineChart.Svg("الرضا", "نسبة", points, 0, 100, "0.#", rightToLeft: true);
        string FirstPoint(string svg) => System.Text.RegularExpressions.Regex.Match(svg, "<circle cx=\"([0-9.]+)\"").Groups[1].Value;
        Assert.Equal(("40", "370"), (FirstPoint(ltr), FirstPoint(rtl)));
        Assert.Contains("direction=\"rtl\"", rtl);
    }
}
