namespace Participation.Localization;

/// <summary>Shows instants as Saudi agencies date their pages: Hijri (Umm al-Qura) and Gregorian, in Riyadh time.</summary>
public interface IDateDisplay
{
    /// <summary>e.g. "19 جمادى الأولى 1446 هـ · 21 نوفمبر 2024".</summary>
    string FormatDate(DateTime utc, string culture);
    string FormatDateTime(DateTime utc, string culture);
    DateTime ToLocal(DateTime utc);
    /// <summary>A time an editor typed in the site's time zone, as UTC.</summary>
    DateTime ToUtc(DateTime local);
}
