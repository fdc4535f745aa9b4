using System.Globalization;

namespace Participation.Transparency.Domain;

/// <summary>A calendar month (UTC) an impact report covers, written <c>yyyy-MM</c>.</summary>
public readonly record struct ReportPeriod(int Year, int Month)
{
    public DateTime StartUtc => new(Year, Month, 1, 0, 0, 0, DateTimeKind.Utc);
    public DateTime EndUtc => StartUtc.AddMonths(1);

    public override string ToString() => $"{Year:0000}-{Month:00}";

    /// <summary>The month an instant falls in.</summary>
    public static ReportPeriod Of(DateTime utc) => new(utc.Year, utc.Month);

    /// <summary>The month that ended last before the instant.</summary>
    public static ReportPeriod Previous(DateTime utc) => Of(new DateTime(utc.Year, utc.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(-1));

    /// <summary>A period as written, or null when it is not a real month between 1900 and 2999.</summary>
    public static ReportPeriod? Parse(string? text)
        => DateTime.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) && month.Year is >= 1900 and <= 2999
            ? new ReportPeriod(month.Year, month.Month) : null;
}
