using Participation.Text;
using System.Text.RegularExpressions;

namespace Participation.Moderation.Screening;

/// <summary>
/// Saudi mobile numbers, email addresses, 10-digit national ID / iqama numbers, IBANs and obvious
/// street addresses, matched on the normalised text (so tatweel, invisible marks, diacritics,
/// Arabic-Indic or full-width digits and odd dashes change nothing) and reported as spans of the
/// text as written, so masking hides exactly what was found.
/// </summary>
public sealed partial class PersonalDataDetector : IPersonalDataDetector
{
    // Between any two digits of a number: up to three spaces, dots, dashes, slashes or brackets,
    // as in "(055) 123 4567", "055/123/4567", "0 5 5 1 …", "+966 (0) 55 …". A date is not a number.
    private const string Gap = @"[\s./()\-]{0,3}";
    private const string NotADate = @"(?!\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?!\d))";

    [GeneratedRegex(@"(?<!\d)" + NotADate + @"(?:(?:(?:\+|00)" + Gap + ")?9" + Gap + "6" + Gap + "6" + Gap + "(?:0" + Gap + ")?|0" + Gap + ")5(?:" + Gap + @"\d){8}(?!\d)")]
    private static partial Regex Mobile();

    // "@" however written ("@", " @ ", "[at]", "(@)", " at ") and "." likewise ("[dot]", " dot ", " . ");
    // a dot followed only by a space ends a sentence, not an address.
    private const string At = @"(?:\s*@\s*|\s*[\[({<]\s*(?:at|@)\s*[\])}>]\s*|\s+at\s+)";
    private const string Dot = @"(?:\.|\s+\.\s+|\s*[\[({<]\s*(?:dot|\.)\s*[\])}>]\s*|\s+dot\s+)";
    [GeneratedRegex(@"[\p{L}\d._%+-]+" + At + @"[\p{L}\d-]+(?:" + Dot + @"[\p{L}\d-]+)*" + Dot + @"\p{L}{2,}(?![\p{L}\d])")]
    private static partial Regex Email();

    // IDs start with 1 (citizens) or 2 (residents); their digits may be grouped by spaces, dots or dashes.
    [GeneratedRegex(@"(?<!\d)" + NotADate + @"[12](?:[\s.\-]{0,3}\d){9}(?!\d)")]
    private static partial Regex NationalId();

    [GeneratedRegex(@"\bsa[\s-]?\d{2}(?:[\s-]?[0-9a-z]){20}\b")]
    private static partial Regex Iban();

    [GeneratedRegex(@"(?:شارع|طريق|حي|street|st\.|road|rd\.)\s+[\p{L}\s]{2,30}?\s*(?:رقم|مبنى|no\.?|#|building)\s*\d+|\b\d+\s+[\p{L}]+\s+(?:street|st|road|rd|avenue|ave)\b")]
    private static partial Regex Address();

    /// <summary>The kinds, in the order moderators read them.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["mobile number", "email address", "ID number", "IBAN", "street address"];

    private static readonly Func<Regex>[] Patterns = [Mobile, Email, NationalId, Iban, Address];

    public IReadOnlyList<PersonalDataSpan> Find(string text)
    {
        var normalized = ArabicNormalizer.NormalizeWithOrigins(text);
        var spans = new List<PersonalDataSpan>();
        for (var k = 0; k < Patterns.Length; k++)
            foreach (Match match in Patterns[k]().Matches(normalized.Text))
            {
                var (start, length) = normalized.OriginalSpan(match.Index, match.Length);
                spans.Add(new PersonalDataSpan(Kinds[k], start, length));
            }
        return [.. spans.OrderBy(s => s.Start)];
    }
}
