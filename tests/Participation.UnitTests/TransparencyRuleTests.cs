using Participation.Requests.Domain;
using Participation.Requests.Models;
using Participation.Transparency.Domain;
using Participation.Transparency.Services;

namespace Participation.UnitTests;

/// <summary>The months an impact report and the dashboard count, and when a suggestion's change may be published.</summary>
public class TransparencyRuleTests
{
    [Fact]
    public void A_results_year_is_the_year_in_Riyadh_so_a_decision_on_new_years_night_counts_for_the_year_begun_there()
    {
        var riyadh = new Participation.Localization.DateDisplay(Participation.Localization.DateDisplay.FindZone("Asia/Riyadh"));
        var year = Participation.Transparency.ResultsQuery.Of(2027, "ar", riyadh);
        Assert.Equal(new DateTime(2026, 12, 31, 21, 0, 0, DateTimeKind.Utc), year.FromUtc);
        Assert.Equal(new DateTime(2027, 12, 31, 21, 0, 0, DateTimeKind.Utc), year.ToUtc);
        var decidedAt = new DateTime(2026, 12, 31, 22, 30, 0, DateTimeKind.Utc); // 01:30 on 1 January in Riyadh
        Assert.Equal(2027, riyadh.ToLocal(decidedAt).Year);
        Assert.True(decidedAt >= year.FromUtc && decidedAt < year.ToUtc);
    }

    [Fact]
    public void A_report_covers_the_calendar_month_before_the_instant_it_is_built()
    {
        var period = ReportPeriod.Previous(new DateTime(2027, 1, 1, 0, 0, 5, DateTimeKind.Utc));
        Assert.Equal("2026-12", period.ToString());
        Assert.Equal(new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc), period.StartUtc);
        Assert.Equal(new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc), period.EndUtc);
    }

    [Theory]
    [InlineData("2026-11", true)]
    [InlineData("2026-13", false)]
    [InlineData("1899-12", false)]
    [InlineData("26-11", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_a_real_month_is_a_period(string? text, bool valid) => Assert.Equal(valid, ReportPeriod.Parse(text) is not null);

    [Fact]
    public void The_dashboard_counts_each_month_of_the_period_once_and_at_most_three_years()
    {
        Assert.Equal([new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 1), new DateOnly(2027, 1, 1)], ParticipationDashboard.Months(new DateOnly(2026, 11, 20), new DateOnly(2027, 1, 3)));
        Assert.Equal(ParticipationDashboard.MaxMonths, ParticipationDashboard.Months(new DateOnly(2000, 1, 1), new DateOnly(2026, 1, 1)).Count);
    }

    private static ServiceRequest Suggestion(bool answered = true) => new() { Kind = RequestKind.Suggestion, AnsweredUtc = answered ? DateTime.UtcNow : null };

    [Fact]
    public void A_change_is_published_only_for_an_answered_suggestion_with_one_short_line_without_personal_data()
    {
        static bool None(string _) => false;
        Assert.Null(ChangeSummaryRules.Check(Suggestion(), "أضفنا مقاعد في الحديقة.", None));
        Assert.Equal("Only a suggestion can be marked as having led to a change.", ChangeSummaryRules.Check(new ServiceRequest { Kind = RequestKind.Complaint, AnsweredUtc = DateTime.UtcNow }, "تغيير", None));
        Assert.Equal("Answer the suggestion before marking the change it led to.", ChangeSummaryRules.Check(Suggestion(answered: false), "تغيير", None));
        Assert.Equal("Write the one-line public summary of the change.", ChangeSummaryRules.Check(Suggestion(), " ", None));
        Assert.Equal("Keep the summary to one line.", ChangeSummaryRules.Check(Suggestion(), "سطر\nوآخر", None));
        Assert.Equal("Keep the summary under 200 characters.", ChangeSummaryRules.Check(Suggestion(), new string('م', 201), None));
        Assert.Equal("The summary is published: leave out names, numbers and addresses of people.", ChangeSummaryRules.Check(Suggestion(), "اتصلنا به", _ => true));
    }
}
