using System.ComponentModel.DataAnnotations;
using Participation.Moderation;

namespace Participation.Comments.ViewModels;

public sealed class CommentsPartEditViewModel
{
    [Display(Name = "Take comments")]
    public bool Enabled { get; set; }

    [Display(Name = "Let participants rate it (1–5)")]
    public bool AllowRatings { get; set; }

    [Display(Name = "Moderation")]
    public ModerationMode? Mode { get; set; }
}

public sealed record CommentsPartDisplayViewModel(string ContentItemId, bool AllowRatings);
