using Participation.Transparency;

namespace Participation.UnitTests;

/// <summary>No open data row small enough to point at a person.</summary>
public class DisclosureRuleTests
{
    private static readonly OpenDataColumn[] Columns =
    [
        new("day", OpenDataColumnKind.Date, "اليوم", "Day"),
        new("title", OpenDataColumnKind.Text, "العنوان", "Title"),
        new("contributions", OpenDataColumnKind.PeopleCount, "المساهمات", "Contributions"),
        new("participants", OpenDataColumnKind.PeopleCount, "المساهمون", "Participants"),
    ];

    [Fact]
    public void Counts_at_or_above_the_threshold_are_published_as_they_are()
    {
        var row = new DisclosureRule(5).Apply(Columns, ["2026-11-03", "ممرات المشاة", 12, 5L]);
        Assert.Equal(["2026-11-03", "ممرات المشاة", 12, 5L], row);
    }

    [Fact]
    public void A_count_under_the_threshold_is_left_empty_and_the_rest_of_the_row_stays()
    {
        var row = new DisclosureRule(5).Apply(Columns, ["2026-11-03", "ممرات المشاة", 12, 4]);
        Assert.Equal(["2026-11-03", "ممرات المشاة", 12, null], row);
    }

    [Fact]
    public void A_group_whose_every_count_is_under_the_threshold_is_withheld()
        => Assert.Null(new DisclosureRule(5).Apply(Columns, ["2026-11-03", "ممرات المشاة", 1, 1]));

    [Fact]
    public void A_published_item_keeps_its_row_with_its_small_counts_emptied()
    {
        var row = new DisclosureRule(5).Apply(Columns, ["2026-11-03", "ممرات المشاة", 3, 2], rowsAreGroups: false);
        Assert.Equal(["2026-11-03", "ممرات المشاة", null, null], row);
    }

    [Fact]
    public void Zero_counts_nobody_and_stays()
        => Assert.Equal(["2026-11-03", "ممرات المشاة", 0, 0], new DisclosureRule(5).Apply(Columns, ["2026-11-03", "ممرات المشاة", 0, 0]));

    [Fact]
    public void The_threshold_is_the_sites_setting()
    {
        Assert.Null(new DisclosureRule(10).Apply(Columns, ["2026-11-03", "ممرات المشاة", 9, 9]));
        Assert.Equal(["d", "t", 1, 1], new DisclosureRule(1).Apply(Columns, ["d", "t", 1, 1]));
    }

    [Fact]
    public void A_threshold_below_one_person_is_refused()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new DisclosureRule(0));

    [Fact]
    public void The_row_as_given_is_not_changed()
    {
        object?[] given = ["2026-11-03", "ممرات المشاة", 12, 4];
        new DisclosureRule(5).Apply(Columns, given);
        Assert.Equal(4, given[3]);
    }
}
