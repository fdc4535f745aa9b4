using System.Globalization;
using Participation.Modules;

namespace Participation.Localization;

/// <summary>Every module's <c>Localization/{culture}.po</c>, merged per culture, with each culture's plural rule.</summary>
public sealed class TranslationCatalog
{
    private readonly Dictionary<string, CultureCatalog> _byCulture = new(StringComparer.OrdinalIgnoreCase);

    public TranslationCatalog(IModuleCatalog modules) : this(Read(modules)) { }

    /// <summary>From PO documents by culture name, later ones overriding earlier ones.</summary>
    internal TranslationCatalog(IEnumerable<(string Culture, PoDocument Document)> documents)
    {
        foreach (var (culture, document) in documents)
        {
            if (!_byCulture.TryGetValue(culture, out var catalog)) _byCulture[culture] = catalog = new(PluralFormula.ForLanguage(culture));
            foreach (var (key, value) in document.Strings) catalog.Strings[key] = value;
            foreach (var (key, forms) in document.Plurals) catalog.Plurals[key] = forms;
            if (document.PluralRule is { } rule) catalog.PluralRule = rule;
        }
    }

    /// <summary>The host's own texts (validation messages) first, so a module can say them its own way.</summary>
    private static IEnumerable<(string, PoDocument)> Read(IModuleCatalog modules)
    {
        foreach (var assembly in modules.Modules.Select(m => m.Assembly).Prepend(typeof(TranslationCatalog).Assembly))
        {
            foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Localization/", StringComparison.Ordinal) && n.EndsWith(".po", StringComparison.Ordinal)))
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
                yield return (Path.GetFileNameWithoutExtension(resource), PoFile.Parse(reader));
            }
        }
    }

    public string? Translate(string key, CultureInfo culture)
    {
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (_byCulture.TryGetValue(c.Name, out var catalog) && catalog.Strings.TryGetValue(key, out var value)) return value;
        }
        return null;
    }

    /// <summary>The translated form of a plural entry for <paramref name="count"/>; null when the culture has none.</summary>
    public string? TranslatePlural(string key, long count, CultureInfo culture)
    {
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (_byCulture.TryGetValue(c.Name, out var catalog) && catalog.Plurals.TryGetValue(key, out var forms))
                return forms[Math.Min(catalog.PluralRule.FormFor(count), forms.Length - 1)];
        }
        return null;
    }

    public IEnumerable<string> Keys(string culture) => _byCulture.TryGetValue(culture, out var c) ? c.Strings.Keys : [];

    private sealed class CultureCatalog(PluralFormula pluralRule)
    {
        public Dictionary<string, string> Strings { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, string[]> Plurals { get; } = new(StringComparer.Ordinal);
        public PluralFormula PluralRule { get; set; } = pluralRule;
    }
}
