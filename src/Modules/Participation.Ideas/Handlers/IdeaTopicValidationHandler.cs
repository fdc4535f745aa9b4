using Microsoft.Extensions.Localization;
using Participation.ContentManagement;
using Participation.Ideas.Models;

namespace Participation.Ideas.Handlers;

/// <summary>
/// A topic's rule for sending ideas to study, checked however the topic is saved (the admin's
/// editor or a recipe): a threshold or the most-supported ideas at the end, never both.
/// </summary>
public sealed class IdeaTopicValidationHandler(IStringLocalizer<IdeaTopicValidationHandler> T) : IContentHandler
{
    public Task ValidatingAsync(ContentItem item, ContentValidationResult result)
    {
        if (item.ContentType != ContentTypes.IdeaTopic) return Task.CompletedTask;
        var part = item.As<IdeaTopicPart>();
        if (part.StudyTop is < 1)
            result.Fail($"{nameof(IdeaTopicPart)}.{nameof(IdeaTopicPart.StudyTop)}", T["At least 1 idea goes to study under this rule; leave it empty for none."]);
        else if (part.StudyTop is not null && part.Threshold is not null)
            result.Fail($"{nameof(IdeaTopicPart)}.{nameof(IdeaTopicPart.StudyTop)}", T["Choose either a threshold of supports or the most-supported ideas at the end, not both."]);
        return Task.CompletedTask;
    }
}
