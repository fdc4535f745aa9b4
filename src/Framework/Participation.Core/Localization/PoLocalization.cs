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

/// <summary>Looks strings up in the <see cref="TranslationCatalog"/>; the English text is its own translation.</summary>
public sealed class PoStringLocalizer(TranslationCatalog catalog) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var value = catalog.Translate(name, CultureInfo.CurrentUICulture);
            return new LocalizedString(name, value ?? name, resourceNotFound: value is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
        => catalog.Keys(CultureInfo.CurrentUICulture.Name).Select(k => this[k]);
}

public sealed class PoStringLocalizerFactory(TranslationCatalog catalog) : IStringLocalizerFactory
{
    private readonly PoStringLocalizer _localizer = new(catalog);
    public IStringLocalizer Create(Type resourceSource) => _localizer;
    public IStringLocalizer Create(string baseName, string location) => _localizer;
}
