using System.ComponentModel.DataAnnotations;

namespace Participation.Contents.ViewModels;

public sealed class TitlePartViewModel
{
    [Display(Name = "Title")]
    public string Title { get; set; } = "";
}

public sealed class AutoroutePartViewModel
{
    [Display(Name = "Path")]
    public string Path { get; set; } = "";
}

public sealed class MarkdownBodyPartViewModel
{
    [Display(Name = "Body")]
    public string Markdown { get; set; } = "";
    /// <summary>Filled for display only: the sanitised HTML.</summary>
    public string Html { get; set; } = "";
}

public sealed class LocalizationPartViewModel
{
    [Display(Name = "Language")]
    public string Culture { get; set; } = "ar";
}
