using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Participation.Mvc;

/// <summary>
/// <c>&lt;div scroll-region&gt;</c> around a wide table or chart: on a phone it scrolls inside its
/// own region instead of the page scrolling sideways, and the region is focusable and named so
/// keyboard users can scroll it too. The name is its <c>aria-label</c>, else the page's title.
/// </summary>
[HtmlTargetElement("div", Attributes = "scroll-region")]
public sealed class ScrollRegionTagHelper : TagHelper
{
    [ViewContext, HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.Attributes.RemoveAll("scroll-region");
        output.AddClass("scroll-region", System.Text.Encodings.Web.HtmlEncoder.Default);
        output.Attributes.SetAttribute("tabindex", "0");
        output.Attributes.SetAttribute("role", "region");
        if (!output.Attributes.ContainsName("aria-label")) output.Attributes.SetAttribute("aria-label", ViewContext.ViewData["Title"] as string ?? "");
    }
}
