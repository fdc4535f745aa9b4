using Participation.Localization;

namespace Participation.Transparency;

/// <summary>
/// Which results to list: the entries concluded in a year of the site's time zone (in Riyadh
/// the year begins at 21:00 UTC on 31 December), in a language.
/// </summary>
public sealed record ResultsQuery(int Year, string Culture, DateTime FromUtc, DateTime ToUtc)
{
    public static ResultsQuery Of(int year, string culture, IDateDisplay dates)
        => new(year, culture, dates.ToUtc(new DateTime(year, 1, 1)), dates.ToUtc(new DateTime(year + 1, 1, 1)));

    /// <summary>The language part of the culture ("ar", "en"), as content items name theirs.</summary>
    public string Language => Culture.Length >= 2 ? Culture[..2] : Culture;
}
