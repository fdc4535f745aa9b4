using System.Net;
using System.Text;
using Participation.Workflows.Models;

namespace Participation.Workflows.Services;

/// <summary>
/// Draws a definition as SVG: columns by distance from the start, one box per activity, an
/// arrow per transition labelled with its outcome. In right-to-left pages the flow runs right to left.
/// </summary>
public static class WorkflowDiagram
{
    private const int BoxWidth = 190, BoxHeight = 54, ColumnGap = 90, RowGap = 28, Margin = 16;

    public static string ToSvg(WorkflowDefinition definition, bool rightToLeft, Func<string, string> label)
    {
        var depth = new Dictionary<string, int>();
        if (definition.Start is { } start)
        {
            var queue = new Queue<string>([start.ActivityId]);
            depth[start.ActivityId] = 0;
            while (queue.TryDequeue(out var id))
                foreach (var next in definition.Transitions.Where(t => t.SourceActivityId == id).Select(t => t.DestinationActivityId))
                    if (!depth.ContainsKey(next)) { depth[next] = depth[id] + 1; queue.Enqueue(next); }
        }
        var unreachable = depth.Count == 0 ? 0 : depth.Values.Max() + 1;
        foreach (var activity in definition.Activities) depth.TryAdd(activity.ActivityId, unreachable);

        var columns = definition.Activities.GroupBy(a => depth[a.ActivityId]).OrderBy(g => g.Key).ToList();
        var width = Margin * 2 + columns.Count * BoxWidth + Math.Max(0, columns.Count - 1) * ColumnGap;
        var height = Margin * 2 + Math.Max(1, columns.Select(c => c.Count()).DefaultIfEmpty(1).Max()) * (BoxHeight + RowGap) - RowGap;
        var position = new Dictionary<string, (int X, int Y)>();
        foreach (var column in columns)
        {
            var row = 0;
            foreach (var activity in column)
            {
                var x = Margin + column.Key * (BoxWidth + ColumnGap);
                if (rightToLeft) x = width - x - BoxWidth;
                position[activity.ActivityId] = (x, Margin + row++ * (BoxHeight + RowGap));
            }
        }

        var svg = new StringBuilder();
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"diagram-title\" class=\"workflow-diagram\" direction=\"{(rightToLeft ? "rtl" : "ltr")}\">");
        svg.Append($"<title id=\"diagram-title\">{E(definition.Name)}</title>");
        svg.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#4a5560\"/></marker></defs>");
        foreach (var t in definition.Transitions.Where(t => position.ContainsKey(t.SourceActivityId) && position.ContainsKey(t.DestinationActivityId)))
        {
            var (sx, sy) = position[t.SourceActivityId];
            var (dx, dy) = position[t.DestinationActivityId];
            var x1 = rightToLeft ? sx : sx + BoxWidth;
            var x2 = rightToLeft ? dx + BoxWidth : dx;
            var y1 = sy + BoxHeight / 2;
            var y2 = dy + BoxHeight / 2;
            svg.Append($"<line x1=\"{x1}\" y1=\"{y1}\" x2=\"{x2}\" y2=\"{y2}\" stroke=\"#4a5560\" stroke-width=\"1.5\" marker-end=\"url(#arrow)\"/>");
            svg.Append($"<text x=\"{(x1 + x2) / 2}\" y=\"{(y1 + y2) / 2 - 6}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#1b1f23\" class=\"chart-label\">{E(label(t.SourceOutcomeName))}</text>");
        }
        foreach (var activity in definition.Activities)
        {
            var (x, y) = position[activity.ActivityId];
            var fill = activity.IsStart ? "#e3f1ea" : "#ffffff";
            svg.Append($"<g><rect x=\"{x}\" y=\"{y}\" width=\"{BoxWidth}\" height=\"{BoxHeight}\" rx=\"6\" fill=\"{fill}\" stroke=\"#0b5d3b\" stroke-width=\"1.5\"/>");
            svg.Append($"<text x=\"{x + BoxWidth / 2}\" y=\"{y + 22}\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"700\" fill=\"#1b1f23\" class=\"chart-label\">{E(label(activity.Name))}</text>");
            svg.Append($"<text x=\"{x + BoxWidth / 2}\" y=\"{y + 40}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#4a5560\" direction=\"ltr\">{E(activity.ActivityId)}</text></g>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
