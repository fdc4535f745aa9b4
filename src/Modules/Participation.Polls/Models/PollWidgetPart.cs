namespace Participation.Polls.Models;

/// <summary>Places a poll on a page or a consultation (a widget): the poll shows, and can be voted on, where the item does.</summary>
public sealed class PollWidgetPart : Participation.ContentManagement.ContentPart
{
    public string? PollContentItemId { get; set; }
}
