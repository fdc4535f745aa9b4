namespace Participation.Transparency;

/// <summary>Which results to list: the concluded entries of a year (UTC), in a language.</summary>
public sealed record ResultsQuery(int Year, string Culture)
{
    public DateTime FromUtc => new(Year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    public DateTime ToUtc => FromUtc.AddYears(1);
    /// <summary>The language part of the culture ("ar", "en"), as content items name theirs.</summary>
    public string Language => Culture.Length >= 2 ? Culture[..2] : Culture;
}
