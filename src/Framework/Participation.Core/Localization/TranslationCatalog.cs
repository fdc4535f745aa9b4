using System.Globalization;
using Microsoft.Extensions.Localization;
using Participation.Modules;

namespace Participation.Localization;

/// <summary>Every module's <c>Localization/{culture}.po</c>, merged per culture.</summary>
public sealed class TranslationCatalog
{
    private readonly Dictionary<string, Dictionary<string, string>> _byCulture = new(StringComparer.OrdinalIgnoreCase);

    public TranslationCatalog(IModuleCatalog modules)
    {
        foreach (var module in modules.Modules)
        {
            foreach (var resource in module.Assembly.GetManifestResourceNames().Where(n => n.StartsWith("Localization/", StringComparison.Ordinal) && n.EndsWith(".po", StringComparison.Ordinal)))
            {
                var culture = Path.GetFileNameWithoutExtension(resource);
                using var reader = new StreamReader(module.Assembly.GetManifestResourceStream(resource)!);
                if (!_byCulture.TryGetValue(culture, out var entries)) _byCulture[culture] = entries = new(StringComparer.Ordinal);
                foreach (var (key, value) in PoFile.Parse(reader)) entries[key] = value;
            }
        }
    }

    public string? Translate(string key, CultureInfo culture)
    {
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (_byCulture.TryGetValue(c.Name, out var entries) && entries.TryGetValue(key, out var value)) return value;
        }
        return null;
    }

    public IEnumerable<string> Keys(string culture) => _byCulture.TryGetValue(culture, out var e) ? e.Keys : [];
}
