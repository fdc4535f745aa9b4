namespace Participation.Files;

/// <summary>
/// The name an upload is kept and shown under: its last path segment without control characters
/// or bidirectional controls (a right-to-left override shows «invoice‮fdp.exe» as «invoiceexe.pdf»).
/// Joiners stay: Arabic and Persian names use them.
/// </summary>
public static class UploadedFileName
{
    public static string Clean(string? fileName)
    {
        var cleaned = new string((fileName ?? "").Where(c => !char.IsControl(c) && !IsBidiControl(c)).ToArray()).Trim();
        // Both separators: a name from Windows arrives as C:\path\name.pdf whatever the server.
        cleaned = cleaned[(cleaned.LastIndexOfAny(['/', '\\']) + 1)..].Trim();
        return cleaned.Length == 0 || cleaned.StartsWith('.') ? "file" + cleaned : cleaned;
    }

    private static bool IsBidiControl(char c) => c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
