using System.Globalization;

namespace Participation.Localization;

/// <summary>
/// Writes in one language whatever the request's: the localisers answer in the current UI culture,
/// so an email in its recipient's language, a report in Arabic or a name in both languages is
/// written inside <c>using (CultureScope.Use(culture))</c>, and the caller's language is back at its end.
/// </summary>
public readonly struct CultureScope : IDisposable
{
    private readonly CultureInfo _previous;

    private CultureScope(CultureInfo culture)
    {
        _previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
    }

    /// <param name="culture">"en" for English; anything else is Arabic, the site's first language.</param>
    public static CultureScope Use(string? culture) => new(CultureInfo.GetCultureInfo(culture == "en" ? "en" : "ar"));

    public void Dispose() => CultureInfo.CurrentUICulture = _previous;
}
