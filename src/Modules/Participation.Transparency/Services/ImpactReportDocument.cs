using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Localization;
using Participation.Departments;
using Participation.Exports;
using Participation.Transparency.Domain;

namespace Participation.Transparency.Services;

/// <summary>One row of the report's sheet: the section, the figure and its value as the PDF shows it.</summary>
public sealed record ImpactReportRow(string Section, string Figure, string Value);

/// <summary>The impact report as a printable page, as a sheet and as the email's summary: the same figures in each.</summary>
public sealed class ImpactReportDocument(IStringLocalizer<ImpactReportDocument> T)
{
    public string Value(ImpactFigure figure) => figure.Value is not { } value ? "—" : figure.Kind switch
    {
        FigureKind.Percent => value.ToString("0.#", CultureInfo.InvariantCulture) + "%",
        FigureKind.Hours => T["{0} h", value.ToString("0.#", CultureInfo.InvariantCulture)],
        FigureKind.Rating => value.ToString("0.##", CultureInfo.InvariantCulture) + " / 5",
        _ => value.ToString("0", CultureInfo.InvariantCulture),
    };

    public IEnumerable<ImpactReportRow> Rows(IReadOnlyList<ImpactSection> sections)
        => sections.SelectMany(s => s.Figures.Select(f => new ImpactReportRow(s.Heading, f.Label, Value(f)))
            .Concat(s.Changes.Select(c => new ImpactReportRow(s.Heading, T["Change made"], c))));

    public byte[] Xlsx(IReadOnlyList<ImpactSection> sections)
        => TableFile.Xlsx(Rows(sections), T["Impact report"], [new SheetColumn(28), new SheetColumn(34), new SheetColumn(70, Wrap: true)]);

    public string Summary(IReadOnlyList<ImpactSection> sections)
        => string.Join("\n", sections.SelectMany(s => s.Figures.Select(f => $"- {s.Heading}: {f.Label}: {Value(f)}")));

    public string Html(Department department, ReportPeriod period, IReadOnlyList<ImpactSection> sections)
    {
        var culture = CultureInfo.CurrentUICulture;
        var title = T["Impact report of {0} for {1}", department.Name(culture.Name), period.ToString()].Value;
        var html = new StringBuilder();
        html.Append($"<!DOCTYPE html><html lang=\"{culture.TwoLetterISOLanguageName}\" dir=\"{(culture.TextInfo.IsRightToLeft ? "rtl" : "ltr")}\"><head><meta charset=\"utf-8\"><title>{E(title)}</title>");
        html.Append("<style>body{font-family:'Noto Naskh Arabic','Noto Sans',sans-serif;font-size:12pt;color:#1b1f23}h1{font-size:18pt}h2{font-size:14pt;margin-block-start:1.2em}table{border-collapse:collapse;inline-size:100%}th,td{border:1px solid #999;padding:4px 8px;text-align:start}</style></head><body>");
        html.Append($"<h1>{E(title)}</h1>");
        foreach (var section in sections)
        {
            html.Append($"<h2>{E(section.Heading)}</h2><table><tbody>");
            foreach (var figure in section.Figures) html.Append($"<tr><th scope=\"row\">{E(figure.Label)}</th><td>{E(Value(figure))}</td></tr>");
            html.Append("</tbody></table>");
            if (section.Changes.Count > 0)
            {
                html.Append($"<h3>{E(T["Changes made"])}</h3><ul>");
                foreach (var change in section.Changes) html.Append($"<li>{E(change)}</li>");
                html.Append("</ul>");
            }
        }
        return html.Append("</body></html>").ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
