using Ganss.Xss;
using Markdig;

namespace Participation.Html;

/// <summary>Markdown through Markdig, then HtmlSanitizer: scripts, event handlers and unsafe URLs never reach a page.</summary>
public sealed class MarkdownRenderer : IMarkdownRenderer, IHtmlSanitizerService
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();
    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public string ToSafeHtml(string markdown) => Sanitize(Markdown.ToHtml(markdown ?? "", Pipeline));

    public string Sanitize(string html) => _sanitizer.Sanitize(html ?? "");

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "https", "http", "mailto" }) sanitizer.AllowedSchemes.Add(scheme);
        sanitizer.AllowedAttributes.Add("dir");
        // Markdig's generic attributes ({style="position:fixed…"}) would let a text cover the page;
        // the site's stylesheet styles content, and the CSP allows no style attributes anyway.
        sanitizer.AllowedAttributes.Remove("style");
        // Links written by editors or participants open as ordinary links, without referrer.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Html.Dom.IHtmlAnchorElement a) a.SetAttribute("rel", "nofollow noopener noreferrer");
        };
        return sanitizer;
    }
}
