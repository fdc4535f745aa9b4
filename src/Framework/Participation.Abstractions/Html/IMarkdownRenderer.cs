namespace Participation.Html;

/// <summary>Turns participant or editor text into HTML that is safe to show.</summary>
public interface IMarkdownRenderer
{
    /// <summary>Markdown to sanitised HTML.</summary>
    string ToSafeHtml(string markdown);
}

public interface IHtmlSanitizerService
{
    string Sanitize(string html);
}
