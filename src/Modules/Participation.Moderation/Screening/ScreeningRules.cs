using Participation.Text;
using System.Text.RegularExpressions;

namespace Participation.Moderation.Screening;

/// <summary>What a rule looks at: the text as written, its normalised form, and who wrote it where.</summary>
public sealed class ScreeningInput
{
    public required string Text { get; init; }
    public string Normalized => _normalized ??= ArabicNormalizer.Normalize(Text);
    private string? _normalized;
    public string? AuthorId { get; init; }
    public string ContentItemId { get; init; } = "";
    /// <summary>The author's recent contributions (normalised text, when), newest first.</summary>
    public IReadOnlyList<(string Normalized, DateTime CreatedUtc)> RecentByAuthor { get; init; } = [];
    public DateTime NowUtc { get; init; }
}

/// <summary>One screening rule; each is its own class, tested on its own.</summary>
public interface IScreeningRule
{
    IEnumerable<Participation.Moderation.ScreeningFlag> Check(ScreeningInput input);
}

/// <summary>Terms from the site's lexicon (Arabic and English), matched after normalisation, also when spaced or dotted out.</summary>
public sealed class OffensiveLanguageRule(IReadOnlyCollection<string> lexicon) : IScreeningRule
{
    private readonly HashSet<string> _terms = lexicon.Select(t => ArabicNormalizer.Normalize(t.Trim())).Where(t => t.Length > 0).ToHashSet();

    public IEnumerable<Participation.Moderation.ScreeningFlag> Check(ScreeningInput input)
    {
        var words = ArabicNormalizer.Words(input.Normalized).Concat(ArabicNormalizer.Words(ArabicNormalizer.Squeeze(input.Normalized)));
        // Arabic attaches the article and some prepositions to words: try the word without them too.
        var found = words.SelectMany(Variants).FirstOrDefault(_terms.Contains);
        if (found is not null) yield return new("OffensiveLanguage", "inappropriate-language", found);
    }

    private static IEnumerable<string> Variants(string word)
    {
        yield return word;
        foreach (var prefix in new[] { "وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل" })
            if (word.Length > prefix.Length + 2 && word.StartsWith(prefix, StringComparison.Ordinal)) yield return word[prefix.Length..];
    }
}

/// <summary>Personal data the policy forbids, as the detector finds it; the same spans are masked.</summary>
public sealed class PersonalDataRule(IPersonalDataDetector detector) : IScreeningRule
{
    public IEnumerable<Participation.Moderation.ScreeningFlag> Check(ScreeningInput input)
    {
        var spans = detector.Find(input.Text);
        foreach (var kind in PersonalDataDetector.Kinds)
            if (spans.FirstOrDefault(s => s.Kind == kind) is { } span)
                yield return new("PersonalData", "personal-data", $"{kind}: {input.Text.Substring(span.Start, span.Length)}");
    }

    /// <summary>The text with every span of personal data replaced by dots (spaces kept, so the sentence still reads).</summary>
    public string Mask(string text)
    {
        var chars = text.ToCharArray();
        foreach (var span in detector.Find(text))
            for (var i = span.Start; i < span.Start + span.Length; i++) if (!char.IsWhiteSpace(chars[i])) chars[i] = '•';
        return new string(chars);
    }
}

/// <summary>Links and attachments: web addresses, and anything that names a file to download.</summary>
public sealed partial class LinkRule : IScreeningRule
{
    [GeneratedRegex(@"(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|net|org|info|biz|io|ly|me|co|sa|xyz|ru|tk)(?:/\S*)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Url();
    [GeneratedRegex(@"\b[\w-]+\.(?:exe|zip|rar|7z|apk|bat|msi|scr|js|docm|xlsm)\b", RegexOptions.IgnoreCase)]
    private static partial Regex File();

    public IEnumerable<Participation.Moderation.ScreeningFlag> Check(ScreeningInput input)
    {
        if (File().Match(input.Normalized) is { Success: true } file) yield return new("Attachment", "spam", file.Value);
        else if (Url().Match(input.Normalized) is { Success: true } url) yield return new("Link", "spam", url.Value);
    }
}

/// <summary>The same person posting the same (or nearly the same) text again.</summary>
public sealed class DuplicateRule : IScreeningRule
{
    /// <summary>Share of word pairs two texts must have in common to count as the same.</summary>
    public const double Threshold = 0.8;

    public IEnumerable<Participation.Moderation.ScreeningFlag> Check(ScreeningInput input)
    {
        var mine = Shingles(input.Normalized);
        if (mine.Count == 0) yield break;
        foreach (var (previous, _) in input.RecentByAuthor)
        {
            var theirs = Shingles(previous);
            if (theirs.Count == 0) continue;
            var similarity = (double)mine.Intersect(theirs).Count() / mine.Union(theirs).Count();
            if (similarity >= Threshold) { yield return new("Duplicate", "duplicate", $"{similarity:P0} like an earlier contribution"); yield break; }
        }
    }

    private static HashSet<string> Shingles(string normalized)
    {
        var words = ArabicNormalizer.Words(normalized);
        return words.Count < 2 ? [.. words] : [.. words.Zip(words.Skip(1), (a, b) => a + " " + b)];
    }
}

/// <summary>Many contributions from one person in a few minutes.</summary>
public sealed class BurstRule(int limit, TimeSpan window) : IScreeningRule
{
    public IEnumerable<Participation.Moderation.ScreeningFlag> Check(ScreeningInput input)
    {
        var recent = input.RecentByAuthor.Count(r => r.CreatedUtc >= input.NowUtc - window);
        if (recent >= limit) yield return new("Burst", "spam", $"{recent + 1} contributions in {window.TotalMinutes:0} minutes");
    }
}
