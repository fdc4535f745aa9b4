using Participation.ContentManagement;
using Participation.Ideas.Services;

namespace Participation.Ideas.Handlers;

/// <summary>Raises the module's own event when a topic moves stage, for workflows that filter by topic.</summary>
public sealed class IdeaTopicStageHandler(IdeaEvents events) : IContentHandler
{
    public Task StageChangedAsync(ContentItem item, string from, string to, string trigger)
        => item.ContentType == ContentTypes.IdeaTopic ? events.TopicStageChangedAsync(item.ContentItemId, item.DisplayText, from, to) : Task.CompletedTask;
}
