using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Participation.Localization;

namespace Participation.Mvc;

/// <summary>
/// <c>&lt;date-time utc="@x" /&gt;</c>: a <c>&lt;time&gt;</c> element showing the Hijri and Gregorian
/// dates in the page's language, with the exact instant in <c>datetime</c>.
/// </summary>
[HtmlTargetElement("date-time", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DateTimeTagHelper(IDateDisplay dates) : TagHelper
{
    public DateTime? Utc { get; set; }
    public bool WithTime { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (Utc is not { } utc)
        {
            output.SuppressOutput();
            return;
        }
        var culture = CultureInfo.CurrentUICulture.Name;
        output.TagName = "time";
        output.TagMode = TagMode.StartTagAndEndTag;
        // HTML's valid global date and time string allows at most three fractional digits ("O" writes seven).
        output.Attributes.SetAttribute("datetime", utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        output.Content.SetContent(WithTime ? dates.FormatDateTime(utc, culture) : dates.FormatDate(utc, culture));
    }
}
