using System.Text.RegularExpressions;
using Participation.Localization;

namespace Participation.UnitTests;

/// <summary>
/// docs/glossary.csv says which Arabic word each concept takes. Every module's ar.po is held to it:
/// a text whose English names a concept must use the glossary's word for it and none of the
/// synonyms the glossary forbids — one word per concept across the site.
/// </summary>
public class GlossaryTests
{
    private sealed record Term(string English, Regex Pattern, string[] Accepted, string[] Forbidden, Regex? Unless);

    [Fact]
    public void Every_catalogue_uses_the_glossary_word_for_each_concept()
    {
        var root = ArchitectureTests.SourceRoot();
        var terms = File.ReadAllLines(Path.Combine(root, "docs", "glossary.csv")).Skip(1).Where(l => l.Length > 0).Select(Parse).ToList();
        Assert.True(terms.Count >= 5, "the glossary lost its terms");
        var catalogues = Directory.GetFiles(Path.Combine(root, "src"), "ar.po", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"));

        // Message ids that are not English themselves (StageOpen) are held to the English the en.po files give them.
        var english = Directory.GetFiles(Path.Combine(root, "src"), "en.po", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(f => PoFile.Parse(new StringReader(File.ReadAllText(f))).Strings).GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Last().Value);

        var problems = new List<string>();
        var checkedTexts = 0;
        foreach (var file in catalogues)
        {
            var document = PoFile.Parse(new StringReader(File.ReadAllText(file)));
            var entries = document.Strings.Select(e => (e.Key, e.Value)).Concat(document.Plurals.Select(p => (p.Key, string.Join(" | ", p.Value))));
            foreach (var (msgid, arabic) in entries)
            {
                var meaning = english.GetValueOrDefault(msgid, msgid);
                foreach (var term in terms.Where(t => t.Pattern.IsMatch(meaning)))
                {
                    checkedTexts++;
                    var place = $"{Path.GetRelativePath(root, file)} \"{msgid}\" → «{arabic}»";
                    if (!term.Accepted.Any(arabic.Contains))
                        problems.Add($"{place}: “{term.English}” should be «{term.Accepted[0]}…»");
                    else if (term.Unless?.IsMatch(meaning) != true && term.Forbidden.FirstOrDefault(arabic.Contains) is { } synonym)
                        problems.Add($"{place}: “{term.English}” translated with the forbidden «{synonym}»");
                }
            }
        }
        Assert.True(checkedTexts > 50, $"only {checkedTexts} texts named a glossary concept");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    // english,pattern,arabic,accepted,forbidden,unless,note — the note may be quoted; no other field holds a comma.
    private static Term Parse(string line)
    {
        var fields = line.Split(',', 7);
        string[] List(string field) => field.Length == 0 ? [] : field.Split('|');
        return new(fields[0], new Regex(fields[1], RegexOptions.IgnoreCase), List(fields[3]), List(fields[4]),
            fields[5].Length == 0 ? null : new Regex(fields[5], RegexOptions.IgnoreCase));
    }
}
