using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Participation.Mvc;

/// <summary>
/// <c>&lt;error-summary /&gt;</c>: after a failed submit, the form's problems as a list, each
/// linking to its field. The theme's script moves focus here (<c>data-error-summary</c>), so
/// keyboard and screen-reader users start from what to fix. Nothing while the form is valid.
/// </summary>
[HtmlTargetElement("error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorSummaryTagHelper(IStringLocalizer<ErrorSummaryTagHelper> T) : TagHelper
{
    [ViewContext, HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var state = ViewContext.ViewData.ModelState;
        if (state.IsValid)
        {
            output.SuppressOutput();
            return;
        }
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "error-summary");
        output.Attributes.SetAttribute("role", "alert");
        output.Attributes.SetAttribute("tabindex", "-1");
        output.Attributes.SetAttribute("data-error-summary", "");
        output.Content.AppendHtml("<h2>").Append(T["Please check the form"]).AppendHtml("</h2><ul>");
        foreach (var (key, entry) in state)
            foreach (var error in entry.Errors)
            {
                output.Content.AppendHtml("<li>");
                if (key.Length > 0) output.Content.AppendHtml($"<a href=\"#{TagBuilder.CreateSanitizedId(key, "_")}\">").Append(error.ErrorMessage).AppendHtml("</a>");
                else output.Content.Append(error.ErrorMessage);
                output.Content.AppendHtml("</li>");
            }
        output.Content.AppendHtml("</ul>");
    }
}
