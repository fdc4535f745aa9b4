using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Participation.Localization;

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
