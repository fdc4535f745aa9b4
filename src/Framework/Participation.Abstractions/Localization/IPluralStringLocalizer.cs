using Microsoft.Extensions.Localization;

namespace Participation.Localization;

/// <summary>A localiser that knows each culture's plural forms (Arabic has six: zero, one, two, few, many, other).</summary>
public interface IPluralStringLocalizer : IStringLocalizer
{
    /// <summary>
    /// The translation of <paramref name="singular"/> (the PO <c>msgid</c>; <paramref name="plural"/> is
    /// its <c>msgid_plural</c>) in the form for <paramref name="count"/>, formatted with the count as
    /// <c>{0}</c> and <paramref name="arguments"/> after it.
    /// </summary>
    LocalizedString Plural(long count, string singular, string plural, params object[] arguments);
}
