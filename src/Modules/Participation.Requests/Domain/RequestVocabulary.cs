using System.Globalization;
using Microsoft.Extensions.Localization;
using Participation.Localization;
using Participation.Requests.Models;

namespace Participation.Requests.Domain;

/// <summary>
/// The names of kinds and statuses in both languages. Emails need both whatever the page's
/// language, so they live here rather than in the PO catalogue.
/// </summary>
public static class RequestVocabulary
{
    private static readonly Dictionary<RequestKind, (string Ar, string En)> Kinds = new()
    {
        [RequestKind.Suggestion] = ("اقتراح", "Suggestion"),
        [RequestKind.Complaint] = ("شكوى", "Complaint"),
        [RequestKind.Contact] = ("رسالة إلى مسؤول", "Message to an official"),
    };

    private static readonly Dictionary<RequestStatus, (string Ar, string En)> Statuses = new()
    {
        [RequestStatus.Received] = ("مستلم", "Received"),
        [RequestStatus.Routed] = ("أحيل إلى الإدارة المختصة", "Referred to the department"),
        [RequestStatus.InProgress] = ("قيد المعالجة", "In progress"),
        [RequestStatus.WaitingForParticipant] = ("بانتظار معلومات منك", "Waiting for information from you"),
        [RequestStatus.Answered] = ("تم الرد", "Answered"),
        [RequestStatus.Closed] = ("مغلق", "Closed"),
    };

    private static readonly string[] DayNamesAr = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

    private static bool English(string culture) => culture.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    public static string Kind(RequestKind kind, string culture) => English(culture) ? Kinds[kind].En : Kinds[kind].Ar;

    public static string Status(RequestStatus status, string culture) => English(culture) ? Statuses[status].En : Statuses[status].Ar;

    public static string Merged(string culture) => English(culture)
        ? "Your request is being handled together with another on the same matter; you will receive the answer here."
        : "نعالج طلبك مع طلب آخر في الموضوع نفسه، وستصلك الإجابة هنا.";

    /// <summary>
    /// The response commitment in words, with the date it falls on: "We will answer within 72 office hours …".
    /// The hours take their plural form through <paramref name="T"/> in <paramref name="culture"/>
    /// (Arabic: «ساعة عمل واحدة»، «ساعتي عمل»، «3 ساعات عمل»، «11 ساعة عمل»), whatever the page's language.
    /// </summary>
    public static string Commitment(int hours, CalendarSettings calendar, string? dueText, string culture, IStringLocalizer T)
    {
        var days = calendar.WorkDays.Order().ToList();
        var consecutive = days.Count > 1 && days.Zip(days.Skip(1)).All(p => p.Second - p.First == 1);
        var opens = calendar.Opens.ToString("HH:mm", CultureInfo.InvariantCulture);
        var closes = calendar.Closes.ToString("HH:mm", CultureInfo.InvariantCulture);
        if (English(culture))
        {
            var week = consecutive ? $"{days[0]} to {days[^1]}" : string.Join(", ", days);
            var hoursEn = $"We will answer {Within(hours, "en", T)} ({week}, {opens}–{closes} Riyadh time, public holidays excepted)";
            return dueText is null ? hoursEn + "." : $"{hoursEn}: by {dueText} at the latest.";
        }
        var weekAr = consecutive ? $"من {DayNamesAr[(int)days[0]]} إلى {DayNamesAr[(int)days[^1]]}" : string.Join("، ", days.Select(d => DayNamesAr[(int)d]));
        var hoursAr = $"نلتزم بالرد {Within(hours, "ar", T)} ({weekAr}، من {opens} إلى {closes} بتوقيت الرياض، عدا الإجازات الرسمية)";
        return dueText is null ? hoursAr + "." : $"{hoursAr}، أي في موعد أقصاه {dueText}.";
    }

    private static string Within(int hours, string culture, IStringLocalizer T)
    {
        using (CultureScope.Use(English(culture) ? "en" : "ar"))
            return T.Plural(hours, "within 1 office hour", "within {0} office hours").Value;
    }
}
