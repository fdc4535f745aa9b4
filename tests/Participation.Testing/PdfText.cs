using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Participation.Testing;

/// <summary>A PDF's text as Debian's <c>pdftotext</c> (poppler-utils) reads it, for asserting what a printed report says.</summary>
public static partial class PdfText
{
    public static async Task<string> ReadAsync(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("pdftotext", $"\"{path}\" -") { RedirectStandardOutput = true })
            ?? throw new InvalidOperationException("pdftotext (Debian's poppler-utils) is missing; test.sh installs it.");
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return text;
    }

    /// <summary>The text with every space, line break and direction mark taken out: how the lines of a table or a label and its figure read, whatever the layout.</summary>
    public static async Task<string> CompactAsync(string path) => Blanks().Replace(await ReadAsync(path), "");

    [GeneratedRegex(@"[\s\u200E\u200F\u202A-\u202E]+")]
    private static partial Regex Blanks();
}
