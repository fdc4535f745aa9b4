using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Participation.Workflows.ViewModels;

// The forms of the module's own activities (Views/Items/*.Fields.Edit.cshtml). Field names are
// the activities' property names, so a problem with a property lands on its field.

public sealed class EmailTaskViewModel
{
    [Display(Name = "Recipients")]
    public List<RecipientEntryViewModel> Recipients { get; set; } = [];
    [Display(Name = "Subject in Arabic")]
    public string? SubjectAr { get; set; }
    [Display(Name = "Message in Arabic")]
    public string? BodyAr { get; set; }
    [Display(Name = "Subject in English")]
    public string? SubjectEn { get; set; }
    [Display(Name = "Message in English")]
    public string? BodyEn { get; set; }

    /// <summary>False for the followers' notice, whose recipients are fixed.</summary>
    [BindNever]
    public bool HasRecipients { get; set; }
    [BindNever]
    public IReadOnlyList<IRecipientResolver> RecipientKinds { get; set; } = [];
}

public sealed class RecipientEntryViewModel
{
    [Display(Name = "Send to")]
    public string? Kind { get; set; }
    [Display(Name = "Address or role")]
    public string? Value { get; set; }
    [Display(Name = "Name in the greeting (optional)")]
    public string? Name { get; set; }
    [Display(Name = "Language of the email")]
    public string? Culture { get; set; }
}

public sealed class ContentEventViewModel
{
    [Display(Name = "Content type")]
    public string? ContentType { get; set; }
    [Display(Name = "From the stage")]
    public string? From { get; set; }
    [Display(Name = "To the stage")]
    public string? To { get; set; }

    [BindNever]
    public IReadOnlyList<(string Name, string DisplayName)> ContentTypes { get; set; } = [];
    [BindNever]
    public IReadOnlyList<string> Stages { get; set; } = [];
}

public sealed class ContentDateTimerEventViewModel
{
    [Display(Name = "Content type")]
    public string? ContentType { get; set; }
    [Display(Name = "The date")]
    public string? DateField { get; set; }
    [Display(Name = "Hours after the date (negative: before it)")]
    /// <summary>Text, read with Latin digits and sign whatever the page's language (an Arabic culture's minus sign differs).</summary>
    public string? OffsetHours { get; set; }

    [BindNever]
    public IReadOnlyList<(string Name, string DisplayName)> ContentTypes { get; set; } = [];
}

public sealed class ChangeStageTaskViewModel
{
    [Display(Name = "Move to make")]
    public string? Trigger { get; set; }

    [BindNever]
    public IReadOnlyList<string> Triggers { get; set; } = [];
}

public sealed class SetFieldTaskViewModel
{
    [Display(Name = "Field")]
    public string? Field { get; set; }
    [Display(Name = "New value")]
    public string? Value { get; set; }
}

public sealed class IfElseTaskViewModel
{
    [Display(Name = "Condition")]
    public string? Condition { get; set; }
}

public sealed class WebhookTaskViewModel
{
    [Display(Name = "Address to call")]
    public string? Url { get; set; }
    [Display(Name = "Body (JSON)")]
    public string? Body { get; set; }
}

/// <summary>For an activity whose module brings no form: its properties as JSON.</summary>
public sealed class ActivityPropertiesViewModel
{
    [Display(Name = "Properties (JSON)")]
    public string? Json { get; set; }
}
