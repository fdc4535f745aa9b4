using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Participation.Localization;

/// <summary>Looks strings up in the <see cref="TranslationCatalog"/>; the English text is its own translation.</summary>
public sealed class PoStringLocalizer(TranslationCatalog catalog) : IPluralStringLocalizer
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
            if (arguments is [PluralArgument plural]) return Plural(plural.Count, name, plural.Plural, plural.Arguments);
            var format = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound);
        }
    }

    public LocalizedString Plural(long count, string singular, string plural, params object[] arguments)
    {
        var value = catalog.TranslatePlural(singular, count, CultureInfo.CurrentUICulture);
        // Untranslated: the English rule on the two English forms.
        var format = value ?? (count == 1 ? singular : plural);
        return new LocalizedString(singular, string.Format(CultureInfo.CurrentCulture, format, [count, .. arguments]), resourceNotFound: value is null);
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
        => catalog.Keys(CultureInfo.CurrentUICulture.Name).Select(k => this[k]);
}
