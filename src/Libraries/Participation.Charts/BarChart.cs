namespace Participation.Charts;

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
