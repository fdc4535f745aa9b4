using Participation.ContentManagement.Metadata;
using Participation.ContentManagement.Models;
using Participation.Ideas.Models;

namespace Participation.Ideas;

public sealed class ContentTypes : IContentTypeProvider
{
    public const string IdeaTopic = "IdeaTopic";
    public const string Idea = "Idea";

    public IEnumerable<ContentTypeDefinition> GetContentTypes() =>
    [
        new ContentTypeDefinition
        {
            Name = IdeaTopic,
            DisplayName = "Idea topic",
            Parts = [nameof(TitlePart), nameof(IdeaTopicPart)],
            Lifecycle = IdeaTopicLifecycle.Definition,
        },
        // Citizens write ideas through the topic's form, never the admin; each save is the live version.
        // Comments under an idea are pre-moderated: none is public before a moderator approves it.
        new ContentTypeDefinition
        {
            Name = Idea,
            DisplayName = "Idea",
            Parts = [nameof(TitlePart), nameof(IdeaPart), nameof(Participation.Comments.CommentsPart)],
            Creatable = false,
            Draftable = false,
            Initialize = item => item.Alter<Participation.Comments.CommentsPart>(p => { p.Enabled = true; p.Mode = Participation.Moderation.ModerationMode.PreModeration; }),
        },
    ];
}
