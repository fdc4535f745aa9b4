using Participation.Comments;

namespace Participation.Consultations.Services;

/// <summary>
/// The figures of a consultation's participation: contributions (published, top-level, not
/// the agency's own) by stance, tag, audience and day; replies; official replies.
/// </summary>
public sealed record ContributionStatistics(
    int Contributions,
    int Participants,
    int Replies,
    int OfficialReplies,
    int Hidden,
    IReadOnlyList<(string Key, int Count)> ByStance,
    IReadOnlyList<(string Key, int Count)> ByTag,
    IReadOnlyList<(string Key, int Count)> ByAudience,
    IReadOnlyList<(DateOnly Day, int Count)> ByDay)
{
    public static ContributionStatistics From(IReadOnlyCollection<CommentInfo> comments, Func<DateTime, DateOnly> toLocalDay)
    {
        var contributions = comments.Where(c => c.ParentId == null && !c.IsOfficial && c.Status == CommentStatus.Published).ToList();
        return new ContributionStatistics(
            contributions.Count,
            contributions.Select(c => c.AuthorId).Distinct().Count(),
            comments.Count(c => c.ParentId != null && !c.IsOfficial && c.Status == CommentStatus.Published),
            comments.Count(c => c.IsOfficial),
            comments.Count(c => c.Status == CommentStatus.Hidden),
            CommentLimits.Stances.Select(s => (s, contributions.Count(c => c.Stance == s))).Append(("none", contributions.Count(c => c.Stance == null))).ToList(),
            contributions.SelectMany(c => c.Tags.Split(',', StringSplitOptions.RemoveEmptyEntries)).GroupBy(t => t).Select(g => (g.Key, g.Count())).OrderByDescending(x => x.Item2).ToList(),
            contributions.GroupBy(c => c.Audience ?? "none").Select(g => (g.Key, g.Count())).OrderByDescending(x => x.Item2).ToList(),
            contributions.GroupBy(c => toLocalDay(c.CreatedUtc)).Select(g => (g.Key, g.Count())).OrderBy(x => x.Key).ToList());
    }
}

/// <summary>
/// A horizontal bar chart as SVG, with the numbers written next to each bar (readable without colour).
/// The chart states its own direction and anchors every label at its start: with the page's
/// direction inherited, an "end" anchor in a right-to-left page pushed Arabic labels past the
/// chart's edge, where only their first letter showed.
/// </summary>
public static class BarChart
{
    public static string Svg(string title, IReadOnlyList<(string Label, int Count)> rows, bool rightToLeft)
    {
        const int rowHeight = 28, labelWidth = 190, barWidth = 300, margin = 8;
        var max = Math.Max(1, rows.Select(r => r.Count).DefaultIfEmpty(0).Max());
        var height = margin * 2 + rows.Count * rowHeight;
        var width = labelWidth + barWidth + 60;
        var sb = new System.Text.StringBuilder();
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"{E(title)}\" class=\"bar-chart\" direction=\"{(rightToLeft ? "rtl" : "ltr")}\">");
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, count) = rows[i];
            var y = margin + i * rowHeight;
            var length = (int)Math.Round(barWidth * (double)count / max);
            var labelX = rightToLeft ? width - margin : margin;
            var barX = rightToLeft ? width - labelWidth - length : labelWidth;
            var countX = rightToLeft ? barX - 6 : barX + length + 6;
            sb.Append($"<text x=\"{labelX}\" y=\"{y + 18}\" font-size=\"13\" text-anchor=\"start\" fill=\"#1b1f23\" class=\"chart-label\">{E(label)}</text>");
            sb.Append($"<rect x=\"{barX}\" y=\"{y + 5}\" width=\"{length}\" height=\"18\" fill=\"#0b5d3b\"/>");
            sb.Append($"<text x=\"{countX}\" y=\"{y + 18}\" font-size=\"13\" text-anchor=\"start\" fill=\"#1b1f23\" class=\"chart-count\">{count}</text>");
        }
        sb.Append("</svg>");
        return sb.ToString();
    }

    private static string E(string s) => System.Net.WebUtility.HtmlEncode(s);
}
