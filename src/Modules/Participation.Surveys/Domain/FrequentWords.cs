using Participation.Text;

namespace Participation.Surveys.Domain;

/// <summary>One frequent word: as respondents most often wrote it, and how many answers used it.</summary>
public sealed record FrequentWord(string Word, int Answers);

/// <summary>
/// The words free-text answers use most, counted once per answer, spellings folded by the suite's
/// <see cref="ArabicNormalizer"/> (hamza and madda on alef, alef maqsura and yaa, taa marbuta,
/// diacritics and tatweel do not make a different word), stop words, numbers and single letters left out.
/// </summary>
public static class FrequentWords
{
    private static readonly HashSet<string> StopWords = new[]
    {
        "في", "من", "على", "إلى", "عن", "مع", "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "الذين", "و", "أو", "ثم", "لا", "لم", "لن",
        "ما", "ماذا", "كان", "كانت", "يكون", "هو", "هي", "هم", "أنا", "نحن", "أن", "إن", "كل", "قد", "بعد", "قبل", "عند", "غير", "حتى",
        "بين", "كما", "لكن", "جدا", "فقط", "أي", "به", "بها", "له", "لها", "فيه", "فيها", "منه", "عليه", "هناك", "ذو", "يا", "إذا", "لقد", "وقد", "ولا", "وهو", "وهي",
        "the", "a", "an", "and", "or", "of", "to", "in", "is", "it", "for", "on", "with", "was", "not", "be", "are", "this", "that", "very", "but", "at", "by",
    }.Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>The <paramref name="take"/> words most answers used, most used first, ties in the order of their normal form.</summary>
    public static IReadOnlyList<FrequentWord> Top(IEnumerable<string> answers, int take)
    {
        var answersUsing = new Dictionary<string, int>(StringComparer.Ordinal);
        var spellings = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var answer in answers)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var piece in answer.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                var words = ArabicNormalizer.Words(ArabicNormalizer.Normalize(piece).ToLowerInvariant());
                foreach (var word in words.Where(Counts))
                {
                    // A piece that is one word shows as written (its most frequent spelling wins); a joined one by its normal form.
                    var written = words.Count == 1 ? piece.Trim(Punctuation) : word;
                    var forms = spellings.TryGetValue(word, out var f) ? f : spellings[word] = new(StringComparer.Ordinal);
                    forms[written] = forms.GetValueOrDefault(written) + 1;
                    if (seen.Add(word)) answersUsing[word] = answersUsing.GetValueOrDefault(word) + 1;
                }
            }
        }
        return [.. answersUsing.OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal).Take(take)
            .Select(w => new FrequentWord(spellings[w.Key].OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key, w.Value))];
    }

    private static bool Counts(string word) => word.Length > 1 && !word.All(char.IsDigit) && !StopWords.Contains(word);

    private static readonly char[] Punctuation = [.. ".,;:!?؟،؛\"'()[]«»…-".ToCharArray()];
}
