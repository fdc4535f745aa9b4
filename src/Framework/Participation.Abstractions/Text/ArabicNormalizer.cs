using System.Text;
using System.Text.RegularExpressions;

namespace Participation.Text;

/// <summary>
/// Folds the spellings people use to slip words past a filter into one form: alef with hamza
/// or madda → alef, alef maqsura → ya, ta marbuta → ha, hamza on waw/ya → waw/ya; diacritics,
/// tatweel and invisible marks dropped; Arabic-Indic digits → 0–9; Latin lower-cased.
/// </summary>
public static class ArabicNormalizer
{
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            switch (ch)
            {
                case 'أ' or 'إ' or 'آ' or 'ٱ' or 'ٲ' or 'ٳ': sb.Append('ا'); break;
                case 'ى': sb.Append('ي'); break;
                case 'ة': sb.Append('ه'); break;
                case 'ؤ': sb.Append('و'); break;
                case 'ئ': sb.Append('ي'); break;
                case 'ـ': break; // tatweel
                case >= '\u064B' and <= '\u065F': break; // harakat, tanwin, shadda, sukun
                case '\u0670': break; // superscript alef
                case >= '\u0660' and <= '\u0669' or >= '\u06F0' and <= '\u06F9': sb.Append(LatinDigit(ch)); break;
                case '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u061C' or '\uFEFF': break;
                default: sb.Append(char.ToLowerInvariant(ch)); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Arabic-Indic and Persian digits as Latin ones, everything else as typed: for numbers, dates, phone numbers.</summary>
    public static string LatinDigits(string text) => string.Create(text.Length, text, (span, source) =>
    {
        for (var i = 0; i < source.Length; i++) span[i] = LatinDigit(source[i]);
    });

    private static char LatinDigit(char ch) => ch switch
    {
        >= '\u0660' and <= '\u0669' => (char)('0' + (ch - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (ch - '\u06F0')),
        _ => ch,
    };

    /// <summary>Whether <paramref name="text"/> contains <paramref name="query"/>, both normalised: search that ignores spelling variants.</summary>
    public static bool Matches(string text, string query) => Normalize(text).Contains(Normalize(query.Trim()), StringComparison.Ordinal);

    /// <summary>Words of the normalised text: letters and digits; everything else separates.</summary>
    public static IReadOnlyList<string> Words(string normalized)
        => Separators.Split(normalized).Where(w => w.Length > 0).ToList();

    private static readonly Regex Separators = new(@"[^\p{L}\p{Nd}]+", RegexOptions.Compiled);

    /// <summary>
    /// The normalised text with the separators between single letters removed, so "غ.ب.ي" or
    /// "s t u p i d" reads as one word.
    /// </summary>
    public static string Squeeze(string normalized)
    {
        var words = Words(normalized);
        var sb = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            var joinWithPrevious = i > 0 && words[i].Length == 1 && words[i - 1].Length == 1;
            if (i > 0 && !joinWithPrevious) sb.Append(' ');
            sb.Append(words[i]);
        }
        return sb.ToString();
    }
}
