using System.Globalization;
using System.Text;

namespace Participation.Charts;

/// <summary>
/// A line chart as SVG, for a figure over successive periods: a point per period with its value
/// written above it (readable without colour), the period's label below, a line between
/// neighbours that both have a value — a period without one is a gap, never a fall to zero. The
/// chart names itself (title and description) and runs in the reading direction: in a
/// right-to-left page the first period is on the right.
/// </summary>
public static class LineChart
{
    public static string Svg(string title, string description, IReadOnlyList<(string Label, double? Value)> points, double low, double high, string format, bool rightToLeft)
    {
        const int step = 110, plotHeight = 180, top = 28, margin = 40, labelRoom = 40;
        var width = margin * 2 + Math.Max(1, points.Count - 1) * step;
        var height = top + plotHeight + labelRoom;
        var span = high > low ? high - low : 1;
        double X(int i) => rightToLeft ? width - margin - i * step : margin + i * step;
        double Y(double v) => top + plotHeight * (1 - (Math.Clamp(v, low, high) - low) / span);
        string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

        var sb = new StringBuilder();
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"{Id(title)}-t {Id(title)}-d\" class=\"line-chart\" direction=\"{(rightToLeft ? "rtl" : "ltr")}\">");
        sb.Append($"<title id=\"{Id(title)}-t\">{E(title)}</title><desc id=\"{Id(title)}-d\">{E(description)}</desc>");
        // The axis' ends, so a reader sees what the height means.
        sb.Append($"<line x1=\"{N(margin / 2.0)}\" y1=\"{top + plotHeight}\" x2=\"{N(width - margin / 2.0)}\" y2=\"{top + plotHeight}\" stroke=\"#6a737d\" stroke-width=\"1\"/>");
        sb.Append($"<line x1=\"{N(margin / 2.0)}\" y1=\"{top}\" x2=\"{N(width - margin / 2.0)}\" y2=\"{top}\" stroke=\"#d1d5da\" stroke-width=\"1\" stroke-dasharray=\"4 4\"/>");
        for (var i = 1; i < points.Count; i++)
        {
            if (points[i - 1].Value is { } a && points[i].Value is { } b)
                sb.Append($"<line x1=\"{N(X(i - 1))}\" y1=\"{N(Y(a))}\" x2=\"{N(X(i))}\" y2=\"{N(Y(b))}\" stroke=\"#0b5d3b\" stroke-width=\"3\" class=\"chart-line\"/>");
        }
        for (var i = 0; i < points.Count; i++)
        {
            var (label, value) = points[i];
            if (value is { } v)
            {
                sb.Append($"<circle cx=\"{N(X(i))}\" cy=\"{N(Y(v))}\" r=\"5\" fill=\"#0b5d3b\" class=\"chart-point\"/>");
                sb.Append($"<text x=\"{N(X(i))}\" y=\"{N(Y(v) - 10)}\" font-size=\"13\" text-anchor=\"middle\" fill=\"#1b1f23\" class=\"chart-count\">{E(v.ToString(format, CultureInfo.InvariantCulture))}</text>");
            }
            else sb.Append($"<text x=\"{N(X(i))}\" y=\"{top + plotHeight - 6}\" font-size=\"13\" text-anchor=\"middle\" fill=\"#6a737d\" class=\"chart-count\">—</text>");
            sb.Append($"<text x=\"{N(X(i))}\" y=\"{top + plotHeight + 22}\" font-size=\"12\" text-anchor=\"middle\" fill=\"#1b1f23\" class=\"chart-label\">{E(label)}</text>");
        }
        sb.Append("</svg>");
        return sb.ToString();
    }

    /// <summary>An id for the title and description from the title, so two charts on a page do not share one.</summary>
    private static string Id(string title) => "lc" + ((uint)title.Aggregate(17, (h, c) => unchecked(h * 31 + c))).ToString("x", CultureInfo.InvariantCulture);

    private static string E(string s) => System.Net.WebUtility.HtmlEncode(s);
}
