using System.Globalization;
using Participation.Requests.Models;
using Participation.Text;

namespace Participation.Requests.Domain;

/// <summary>
/// Reference numbers a participant can read over the phone: kind, Hijri (Umm al-Qura) year
/// in Riyadh, six digits — <c>CMP-1447-000123</c>. Latin letters and digits only, so they
/// survive any keyboard.
/// </summary>
public static class ReferenceNumbers
{
    private static readonly UmAlQuraCalendar Hijri = new();

    public static string Prefix(RequestKind kind) => kind switch
    {
        RequestKind.Suggestion => "SUG",
        RequestKind.Complaint => "CMP",
        _ => "MSG",
    };

    public static int HijriYear(DateTime localDate) => Hijri.GetYear(localDate);

    /// <summary>The counter a number is drawn from: one sequence per kind and Hijri year.</summary>
    public static string CounterKey(RequestKind kind, DateTime localDate) => $"{Prefix(kind)}-{HijriYear(localDate)}";

    public static string Format(string counterKey, int sequence) => $"{counterKey}-{sequence:D6}";

    /// <summary>What a participant typed, tidied: spaces trimmed, upper case, Arabic-Indic digits made Latin.</summary>
    public static string Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return "";
        var latin = ArabicNormalizer.LatinDigits(typed).ToUpperInvariant().Replace('–', '-').Replace('—', '-');
        return new string(latin.Where(c => !char.IsWhiteSpace(c)).ToArray());
    }
}
