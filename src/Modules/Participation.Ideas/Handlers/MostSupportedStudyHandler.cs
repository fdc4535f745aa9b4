using Participation.ContentManagement;
using Participation.Ideas.Services;

namespace Participation.Ideas.Handlers;

/// <summary>A topic moving to study sends its most-supported ideas there, where the topic says so.</summary>
public sealed class MostSupportedStudyHandler(MostSupportedStudy study) : IContentHandler
{
    public Task StageChangedAsync(ContentItem item, string from, string to, string trigger)
        => item.ContentType == ContentTypes.IdeaTopic && to == IdeaTopicLifecycle.Studying ? study.SendToStudyAsync(item) : Task.CompletedTask;
}
