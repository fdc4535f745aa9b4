namespace Participation.Moderation;

/// <summary>Personal data found in a text: what kind, and where it is in the text as written.</summary>
public sealed record PersonalDataSpan(string Kind, int Start, int Length);

/// <summary>
/// Finds the personal data the participation policy keeps off public pages (mobile numbers,
/// email addresses, ID numbers, IBANs, street addresses), however it is spelled out.
/// </summary>
public interface IPersonalDataDetector
{
    /// <summary>Every span of personal data in <paramref name="text"/>, in order, as positions in the text as written.</summary>
    IReadOnlyList<PersonalDataSpan> Find(string text);
}
