using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Participation.Search.Services;

/// <summary>
/// The analysis of every field: the suite's <see cref="Participation.Text.ArabicNormalizer"/> first
/// (hamza and alef forms, yaa, taa marbuta, hamza seats, diacritics, tatweel, Arabic-Indic digits,
/// invisible marks), then for Arabic fields ArabicAnalyzer's chain (stop words, normalisation,
/// light stemming, so الحافلة and الحافلات meet), for English ones EnglishAnalyzer's with the
/// dictionary-based KStem instead of Porter (Porter makes "bus" and "buses" two stems).
/// </summary>
public sealed class SearchAnalyzer() : Analyzer(PER_FIELD_REUSE_STRATEGY) // the chains differ by field, so they are kept per field
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
    public const string ArabicField = "text.ar";
    public const string EnglishField = "text.en";

    /// <summary>The text field for a document or query in this culture: English for "en…", Arabic otherwise (it tokenises Latin words too).</summary>
    public static string FieldFor(string culture) => culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? EnglishField : ArabicField;

    protected override TextReader InitReader(string fieldName, TextReader reader)
        => new StringReader(Participation.Text.ArabicNormalizer.Normalize(reader.ReadToEnd()));

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        if (fieldName == EnglishField)
        {
            stream = new EnglishPossessiveFilter(Version, stream);
            stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
            stream = new KStemFilter(stream);
        }
        else
        {
            stream = new StopFilter(Version, stream, ArabicAnalyzer.DefaultStopSet);
            stream = new ArabicNormalizationFilter(stream);
            stream = new ArabicStemFilter(stream);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>The terms a text gives in the field, as they are indexed.</summary>
    public IReadOnlyList<string> Terms(string fieldName, string text)
    {
        var terms = new List<string>();
        using var stream = GetTokenStream(fieldName, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }
}
