using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Participation.Ideas.ViewModels;

/// <summary>The form of the module's workflow events: which topic, and for a status or stage change which one.</summary>
public sealed class IdeaEventViewModel
{
    [Display(Name = "Topic (its content item id; empty: every topic)")]
    public string? TopicId { get; set; }
    [Display(Name = "New status or stage")]
    public string? To { get; set; }

    [BindNever]
    public IReadOnlyList<string> ToChoices { get; set; } = [];
    [BindNever]
    public bool ToIsStage { get; set; }
}
