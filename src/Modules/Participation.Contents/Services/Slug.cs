using System.Globalization;
using System.Text;

namespace Participation.Contents.Services;

/// <summary>
/// Readable URL paths from titles in Arabic or English: letters and digits kept (Arabic
/// letters too, since browsers show them as typed), diacritics and tatweel dropped,
/// everything else a single hyphen.
/// </summary>
public static class Slug
{
    public const int MaxLength = 120;

    public static string FromTitle(string title)
    {
        var sb = new StringBuilder(title.Length);
        var pendingHyphen = false;
        foreach (var ch in title.Normalize(NormalizationForm.FormKC))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark || ch == '\u0640') continue;
            if (char.IsLetterOrDigit(ch))
            {
                if (pendingHyphen && sb.Length > 0) sb.Append('-');
                pendingHyphen = false;
                sb.Append(char.ToLowerInvariant(ch));
            }
            else pendingHyphen = true;
            if (sb.Length >= MaxLength) break;
        }
        return sb.ToString();
    }

    /// <summary>Segments of letters, digits, '-' and '_', joined by '/'.</summary>
    public static bool IsValidPath(string path)
        => path.Length is > 0 and <= 300
           && path.Split('/').All(segment => segment.Length > 0 && segment.All(c => char.IsLetterOrDigit(c) || c is '-' or '_'));
}
