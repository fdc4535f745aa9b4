using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Participation.Html;

namespace Participation.Mvc;

/// <summary>
/// <c>&lt;form-field for="Email" type="email" autocomplete="email" /&gt;</c>: a label, the input and
/// its error message, tied together for screen readers (<c>aria-describedby</c>,
/// <c>aria-invalid</c>). The label comes from <c>[Display(Name)]</c>, localised. A Markdown text area
/// (<c>markdown="true"</c>) has its preview beside it, rendered as the public page renders it; the
/// Contents module's script keeps it up to date while the editor types.
/// </summary>
[HtmlTargetElement("form-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FormFieldTagHelper(IHtmlGenerator generator, IMarkdownRenderer markdownRenderer, IStringLocalizer<FormFieldTagHelper> T) : TagHelper
{
    [HtmlAttributeName("for")]
    public required Microsoft.AspNetCore.Mvc.ViewFeatures.ModelExpression For { get; set; }

    /// <summary>text (default), email, password, tel, number, checkbox or textarea.</summary>
    public string Type { get; set; } = "text";
    public string? Autocomplete { get; set; }
    /// <summary>A line of help under the field.</summary>
    public string? Hint { get; set; }
    /// <summary>"auto" for fields that may hold either language; "ltr" for addresses and codes.</summary>
    public string? Dir { get; set; }
    public int Rows { get; set; } = 6;
    /// <summary>The text is Markdown: show its preview beside the text area.</summary>
    public bool Markdown { get; set; }

    [ViewContext, HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = For.Name;
        var fullName = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(name);
        var id = TagBuilder.CreateSanitizedId(fullName, "_");
        var errorId = id + "-error";
        var hintId = id + "-hint";
        var hasError = ViewContext.ViewData.ModelState.TryGetValue(fullName, out var entry) && entry.ValidationState == ModelValidationState.Invalid;

        var attributes = new Dictionary<string, object>
        {
            ["aria-describedby"] = Hint is null ? errorId : $"{hintId} {errorId}",
        };
        if (hasError) attributes["aria-invalid"] = "true";
        if (Autocomplete is not null) attributes["autocomplete"] = Autocomplete;
        var markdown = Markdown && Type == "textarea";
        var previewId = id + "-preview";
        if (markdown) attributes["data-markdown-preview"] = previewId;
        if (Dir is not null) attributes["dir"] = Dir;
        if (For.Metadata.IsRequired && Type != "checkbox") attributes["required"] = "required";

        TagBuilder input = Type switch
        {
            "checkbox" => generator.GenerateCheckBox(ViewContext, For.ModelExplorer, name, isChecked: null, htmlAttributes: attributes),
            "password" => generator.GeneratePassword(ViewContext, For.ModelExplorer, name, value: null, htmlAttributes: attributes),
            "textarea" => generator.GenerateTextArea(ViewContext, For.ModelExplorer, name, Rows, columns: 0, htmlAttributes: attributes),
            _ => generator.GenerateTextBox(ViewContext, For.ModelExplorer, name, For.Model, format: Type == "datetime-local" ? "{0:yyyy-MM-ddTHH:mm}" : null, htmlAttributes: new Dictionary<string, object>(attributes) { ["type"] = Type }),
        };
        var label = generator.GenerateLabel(ViewContext, For.ModelExplorer, name, labelText: null, htmlAttributes: null);
        var error = generator.GenerateValidationMessage(ViewContext, For.ModelExplorer, name, message: null, tag: "span", htmlAttributes: new { @class = "field-error", id = errorId });

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", Type == "checkbox" ? "field field-check" : "field");
        if (Type == "checkbox")
        {
            output.Content.AppendHtml(input);
            // The hidden "false" value that checkboxes post when unchecked.
            output.Content.AppendHtml(generator.GenerateHiddenForCheckbox(ViewContext, For.ModelExplorer, name));
            output.Content.AppendHtml(label);
        }
        else if (markdown)
        {
            output.Attributes.SetAttribute("class", "field field-markdown");
            output.Content.AppendHtml(label);
            output.Content.AppendHtml("<div class=\"markdown-pair\">");
            output.Content.AppendHtml(input);
            // Read after the text area, under a title of its own; no landmark, so the field keeps the only name that is its label.
            output.Content.AppendHtml("<div class=\"markdown-preview\"><p class=\"markdown-preview-title\">");
            output.Content.Append(T["Preview"]);
            output.Content.AppendHtml($"</p><div class=\"markdown-preview-body\" id=\"{previewId}\" dir=\"auto\">");
            output.Content.AppendHtml(markdownRenderer.ToSafeHtml(Convert.ToString(For.Model, System.Globalization.CultureInfo.InvariantCulture) ?? ""));
            output.Content.AppendHtml("</div></div></div>");
        }
        else
        {
            output.Content.AppendHtml(label);
            output.Content.AppendHtml(input);
        }
        if (Hint is not null) output.Content.AppendHtml($"<p class=\"hint\" id=\"{hintId}\">").Append(Hint).AppendHtml("</p>");
        if (error is not null) output.Content.AppendHtml(error);
    }
}
