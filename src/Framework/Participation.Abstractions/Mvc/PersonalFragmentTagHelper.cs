using Microsoft.AspNetCore.Razor.TagHelpers;
using Participation.Caching;

namespace Participation.Mvc;

/// <summary>
/// <c>&lt;personal-fragment name="poll" key="@id" /&gt;</c>: the reader's own block, by the
/// <see cref="IPersonalFragment"/> of that name (see <see cref="IPersonalFragments"/>).
/// </summary>
[HtmlTargetElement("personal-fragment", TagStructure = TagStructure.WithoutEndTag)]
public sealed class PersonalFragmentTagHelper(IPersonalFragments fragments) : TagHelper
{
    public required string Name { get; set; }

    public required string Key { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        output.Content.SetHtmlContent(await fragments.RenderAsync(Name, Key));
    }
}
