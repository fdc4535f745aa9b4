using System.Globalization;

namespace Participation.Localization;

/// <summary>
/// Hijri (Umm al-Qura) and Gregorian dates in the site's time zone. Arabic uses the ar-SA
/// month names; English spells the Hijri months out, as .NET's English cultures cannot
/// carry the Umm al-Qura calendar.
/// </summary>
public sealed class DateDisplay(TimeZoneInfo timeZone) : IDateDisplay
{
    private static readonly string[] HijriMonthsEn =
    [
        "Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula", "Jumada al-Akhirah",
        "Rajab", "Shaban", "Ramadan", "Shawwal", "Dhu al-Qadah", "Dhu al-Hijjah",
    ];
    private static readonly UmAlQuraCalendar UmAlQura = new();
    private static readonly CultureInfo ArabicHijri = CreateArabic(UmAlQura);
    private static readonly CultureInfo ArabicGregorian = CreateArabic(new GregorianCalendar(GregorianCalendarTypes.Localized));
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static TimeZoneInfo FindZone(string id)
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById(id); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.CreateCustomTimeZone("Asia/Riyadh", TimeSpan.FromHours(3), "Riyadh", "Riyadh"); }
    }

    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), timeZone);

    public DateTime ToUtc(DateTime local) => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), timeZone);

    public string FormatDate(DateTime utc, string culture) => Format(ToLocal(utc), culture, withTime: false);

    public string FormatDateTime(DateTime utc, string culture) => Format(ToLocal(utc), culture, withTime: true);

    private static string Format(DateTime local, string culture, bool withTime)
    {
        // Umm al-Qura covers 1900–2077; outside it, show the Gregorian date alone.
        var inRange = local >= UmAlQura.MinSupportedDateTime && local <= UmAlQura.MaxSupportedDateTime;
        if (culture.StartsWith("ar", StringComparison.OrdinalIgnoreCase))
        {
            // The era marker «م» belongs to the date; after a time it reads as «مساءً», so the
            // time is written on a 12-hour clock with the period spelled out.
            var gregorian = local.ToString("d MMMM yyyy", ArabicGregorian) + " م";
            var date = inRange ? $"{local.ToString("d MMMM yyyy", ArabicHijri)} هـ · {gregorian}" : gregorian;
            return withTime ? $"{date}، الساعة {ArabicTime(local)}" : date;
        }
        var en = local.ToString(withTime ? "d MMMM yyyy, HH:mm" : "d MMMM yyyy", English);
        if (!inRange) return en;
        var hijri = $"{UmAlQura.GetDayOfMonth(local)} {HijriMonthsEn[UmAlQura.GetMonth(local) - 1]} {UmAlQura.GetYear(local)} AH";
        return $"{hijri} · {en}";
    }

    /// <summary>"9:05 صباحًا", "12:00 مساءً", "11:43 مساءً": midnight to noon is morning.</summary>
    private static string ArabicTime(DateTime local)
    {
        var hour = local.Hour % 12 == 0 ? 12 : local.Hour % 12;
        return $"{hour}:{local.Minute:00} {(local.Hour < 12 ? "صباحًا" : "مساءً")}";
    }

    private static CultureInfo CreateArabic(Calendar calendar)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("ar-SA").Clone();
        culture.DateTimeFormat.Calendar = calendar;
        // Latin digits read well in both languages and match the rest of the page.
        culture.NumberFormat.DigitSubstitution = DigitShapes.None;
        return culture;
    }
}
