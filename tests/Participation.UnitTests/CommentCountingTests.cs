using Participation.Comments;
using Participation.Comments.Domain;
using Participation.Comments.Models;

namespace Participation.UnitTests;

public class CommentCountingTests
{
    private static Comment Contribution() => new()
    {
        ContentItemId = "item", AuthorId = "a", Status = CommentStatus.Published, Stance = "agree", Audience = "residents", Tags = "نقل,سلامة",
        CreatedUtc = new DateTime(2026, 12, 1, 13, 45, 0, DateTimeKind.Utc),
    };

    private static Dictionary<(string, string, string), long> Sum(IEnumerable<CommentCountDelta> deltas)
        => deltas.GroupBy(d => (d.ContentItemId, d.Figure, d.Key)).Where(g => g.Sum(d => d.Delta) != 0).ToDictionary(g => g.Key, g => g.Sum(d => d.Delta));

    [Fact]
    public void Hiding_a_contribution_moves_it_out_of_every_figure_and_into_the_hidden_count()
    {
        var before = Contribution();
        var after = Contribution();
        after.Status = CommentStatus.Hidden;
        var moved = Sum(CommentCounting.Of(before, -1).Concat(CommentCounting.Of(after, 1)));
        Assert.Equal(new Dictionary<(string, string, string), long>
        {
            [("item", "status", "Published")] = -1, [("item", "status", "Hidden")] = 1,
            [("", "status", "Published")] = -1, [("", "status", "Hidden")] = 1,
            [("item", "contributions", "")] = -1, [("item", "stance", "agree")] = -1, [("item", "audience", "residents")] = -1,
            [("item", "hour", "2026-12-01 13")] = -1, [("item", "tag", "نقل")] = -1, [("item", "tag", "سلامة")] = -1,
        }, moved);
    }

    [Fact]
    public void A_change_that_moves_no_figure_counts_nothing()
    {
        var after = Contribution();
        after.Text = "نص معدّل";
        Assert.Empty(Sum(CommentCounting.Of(Contribution(), -1).Concat(CommentCounting.Of(after, 1))));
    }

    [Fact]
    public void Only_queries_a_count_answers_exactly_are_read_from_the_counts()
    {
        Assert.Equal(("", "status", "Pending"), CommentCounting.CountFor(new CommentQuery { Status = CommentStatus.Pending }));
        Assert.Equal(("item", "queue", "Flagged"), CommentCounting.CountFor(new CommentQuery { ContentItemId = "item", Flagged = true, NotStatus = CommentStatus.Hidden }));
        var contributions = new CommentQuery { ContentItemId = "item", TopLevel = true, Official = false, Status = CommentStatus.Published };
        Assert.Equal(("item", "contributions", ""), CommentCounting.CountFor(contributions));
        Assert.Equal(("item", "stance", ""), CommentCounting.CountFor(contributions with { Stance = "none" }));
        Assert.Equal(("item", "tag", "نقل"), CommentCounting.CountFor(contributions with { Tag = "نقل" }));
        // Filters no count keeps are counted in SQL.
        Assert.Null(CommentCounting.CountFor(new CommentQuery { Status = CommentStatus.Pending, Reason = "spam" }));
        Assert.Null(CommentCounting.CountFor(new CommentQuery { Status = CommentStatus.Pending, CreatedBeforeUtc = DateTime.UtcNow }));
        Assert.Null(CommentCounting.CountFor(contributions with { Stance = "agree", Tag = "نقل" }));
        Assert.Null(CommentCounting.CountFor(contributions with { ContentItemId = null }));
        Assert.Null(CommentCounting.CountFor(new CommentQuery { Flagged = true }));
    }
}
