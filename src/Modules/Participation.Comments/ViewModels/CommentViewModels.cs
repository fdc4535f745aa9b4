using System.ComponentModel.DataAnnotations;
using Participation.Comments.Services;
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

    [Display(Name = "Ask whether contributors agree, disagree or suggest")]
    public bool AskStance { get; set; }

    [Display(Name = "One contribution per person")]
    public bool OnePerPerson { get; set; }
}

public sealed record CommentsPartDisplayViewModel(string ContentItemId, bool AllowRatings, bool AskStance, bool AcceptsContributions);

/// <summary>A batch of a thread as the page and the "more comments" fragment render it; PagePath is the item's page, for the link that works without script.</summary>
public sealed record CommentBatchViewModel(CommentPage Page, string ContentItemId, string PagePath, IReadOnlyList<HideReason> Reasons, bool SignedIn);
