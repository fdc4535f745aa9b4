using Participation.ContentManagement;

namespace Participation.Ideas.Models;

/// <summary>
/// An idea (فكرة) a citizen proposed in a topic: the title is the item's title. The author is
/// shown by display name only. Its state (waiting for review, published, studied…) and counts
/// live in <see cref="IdeaIndex"/>, which the supports update without touching the item.
/// </summary>
public sealed class IdeaPart : ContentPart
{
    public string Description { get; set; } = "";
    public string TopicId { get; set; } = "";
    public string Category { get; set; } = "";
    public string AuthorName { get; set; } = "";
    /// <summary>Optional files (<see cref="Services.IdeaAttachments"/>), changed with the text until the first support.</summary>
    public List<IdeaAttachment> Attachments { get; set; } = [];
}
