using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.Extensions.Localization;

namespace Participation.Localization;

/// <summary>
/// <c>T.Plural(count, "1 option", "{0} options")</c> on any localiser, views' included: the request
/// travels as a <see cref="PluralArgument"/> through the wrappers ASP.NET Core puts around the
/// site's <see cref="IPluralStringLocalizer"/>.
/// </summary>
public static class PluralLocalizerExtensions
{
    public static LocalizedString Plural(this IStringLocalizer localizer, long count, string singular, string plural, params object[] arguments)
        => localizer[singular, new PluralArgument(count, plural, arguments)];

    /// <summary>The arguments are HTML-encoded (HTML content is kept as it is); the translation is trusted text.</summary>
    public static LocalizedHtmlString Plural(this IHtmlLocalizer localizer, long count, string singular, string plural, params object[] arguments)
    {
        var encoded = arguments.Select(a => (object)Encode(a)).ToArray();
        var text = localizer.GetString(singular, new PluralArgument(count, plural, encoded));
        return new LocalizedHtmlString(text.Name, text.Value, text.ResourceNotFound);
    }

    private static string Encode(object? argument)
    {
        if (argument is IHtmlContent html)
        {
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            html.WriteTo(writer, HtmlEncoder.Default);
            return writer.ToString();
        }
        return HtmlEncoder.Default.Encode(Convert.ToString(argument, CultureInfo.CurrentCulture) ?? "");
    }
}
