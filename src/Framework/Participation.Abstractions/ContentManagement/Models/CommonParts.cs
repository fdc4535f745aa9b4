namespace Participation.ContentManagement.Models;

/// <summary>The item's title; it becomes the item's display text.</summary>
public sealed class TitlePart : ContentPart
{
    public string Title { get; set; } = "";
}

/// <summary>The item's public URL path, e.g. <c>privacy</c> for <c>/privacy</c>.</summary>
public sealed class AutoroutePart : ContentPart
{
    public string Path { get; set; } = "";
}

/// <summary>A body written in Markdown; it is rendered to sanitised HTML.</summary>
public sealed class MarkdownBodyPart : ContentPart
{
    public string Markdown { get; set; } = "";
}

/// <summary>
/// Which language this item is written in, and the set that joins its translations
/// (Arabic and English versions of the same page share a set and a path).
/// </summary>
public sealed class LocalizationPart : ContentPart
{
    public string Culture { get; set; } = "ar";
    public string LocalizationSet { get; set; } = "";
}
