using System.Text;
using System.Text.RegularExpressions;

namespace Participation.Text;

/// <summary>
/// Folds the spellings people use to slip words past a filter into one form: alef with hamza
/// or madda → alef, alef maqsura → ya, ta marbuta → ha, hamza on waw/ya → waw/ya; diacritics,
/// tatweel and invisible marks dropped; Arabic-Indic and full-width digits → 0–9; full-width
/// Latin → Latin, lower-cased; every kind of dash → '-'.
/// </summary>
public static class ArabicNormalizer
{
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
            if (Fold(ch) is { } folded) sb.Append(folded);
        return sb.ToString();
    }

    /// <summary>
    /// The normalised text and, for each of its characters, where it came from in <paramref name="text"/>:
    /// so what is found in the normalised form can be marked in the text as written.
    /// </summary>
    public static NormalizedText NormalizeWithOrigins(string text)
    {
        var sb = new StringBuilder(text.Length);
        var origins = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (Fold(text[i]) is not { } folded) continue;
            sb.Append(folded);
            origins.Add(i);
        }
        return new NormalizedText(sb.ToString(), [.. origins]);
    }

    /// <summary>One character's normal form, or null when it is dropped; never more than one character, so origins stay exact.</summary>
    private static char? Fold(char ch) => ch switch
    {
        'أ' or 'إ' or 'آ' or 'ٱ' or 'ٲ' or 'ٳ' => 'ا',
        'ى' => 'ي',
        'ة' => 'ه',
        'ؤ' => 'و',
        'ئ' => 'ي',
        'ـ' => null, // tatweel
        >= '\u064B' and <= '\u065F' => null, // harakat, tanwin, shadda, sukun
        '\u0670' => null, // superscript alef
        >= '\u0660' and <= '\u0669' or >= '\u06F0' and <= '\u06F9' => LatinDigit(ch),
        '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u2060' or '\u061C' or '\uFEFF' or '\u00AD' => null, // invisible: zero-width, direction marks, soft hyphen
        >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' => null, // direction embeddings and isolates
        >= '\uFF01' and <= '\uFF5E' => char.ToLowerInvariant((char)(ch - 0xFEE0)), // full-width Latin, digits and signs (＠, ５)
        '\uFE6B' => '@', // small commercial at
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE58' or '\uFE63' => '-', // dashes and minus
        _ => char.ToLowerInvariant(ch),
    };

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
