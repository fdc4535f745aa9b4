using System.Text;
using Microsoft.Extensions.FileProviders;

namespace Participation.Printing;

/// <summary>
/// The styles of the suite's printed documents (the archive report, the survey report): the
/// theme's Arabic web font with its files inlined — a printed document is loaded from a string,
/// with no site to fetch fonts from, and must look the same on a machine without Arabic fonts —
/// and the rules for headings, facts, tables and charts.
/// </summary>
public static class PrintStylesheet
{
    /// <summary>The whole stylesheet, for a document's <c>style</c> element.</summary>
    public static string Css(IFileProvider webRoot) => FontFaces(webRoot) + Rules;

    private const string Rules = """
        body{font-family:'Report','Noto Sans Arabic',Tahoma,sans-serif;line-height:1.7;color:#1b1f23;margin:2rem;font-size:12pt}
        h1{font-size:20pt;margin:.2rem 0 1rem}h2{font-size:14pt;border-block-end:2px solid #0b5d3b;padding-block-end:.2rem;margin-block-start:1.6rem}
        .kicker{color:#0b5d3b;font-weight:700;margin:0}.n{display:inline-block;min-width:1.6em;text-align:center;background:#0b5d3b;color:#fff;border-radius:.3em}
        dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:700}dd{margin:0}
        table{border-collapse:collapse;margin-block:.5rem}th,td{border:1px solid #c9d1cc;padding:.3rem .8rem;text-align:start}.figure{font-weight:700}
        svg{display:block;margin-block:.6rem;max-width:100%}section{break-inside:avoid-page}
        .visually-hidden{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%)}
        """;

    private static readonly (int Weight, string File)[] Files =
    [
        (400, "ibm-plex-sans-arabic-arabic-400-normal.woff2"), (700, "ibm-plex-sans-arabic-arabic-700-normal.woff2"),
        (400, "ibm-plex-sans-arabic-latin-400-normal.woff2"), (700, "ibm-plex-sans-arabic-latin-700-normal.woff2"),
    ];

    /// <summary>The rules for the font files the web root holds; a missing one falls back to the system's fonts.</summary>
    private static string FontFaces(IFileProvider webRoot)
    {
        var css = new StringBuilder();
        foreach (var (weight, file) in Files)
        {
            var info = webRoot.GetFileInfo($"_content/Participation.Theme/fonts/{file}");
            if (!info.Exists) continue;
            using var stream = info.CreateReadStream();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            css.Append($"@font-face{{font-family:'Report';font-weight:{weight};src:url(data:font/woff2;base64,{Convert.ToBase64String(buffer.ToArray())}) format('woff2');}}");
        }
        return css.ToString();
    }
}
