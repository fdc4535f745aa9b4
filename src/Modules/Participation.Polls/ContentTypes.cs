using Participation.ContentManagement.Metadata;
using Participation.ContentManagement.Models;
using Participation.Polls.Models;

namespace Participation.Polls;

public sealed class ContentTypes : IContentTypeProvider
{
    public const string Poll = "Poll";

    public IEnumerable<ContentTypeDefinition> GetContentTypes() =>
    [
        new ContentTypeDefinition
        {
            Name = Poll,
            DisplayName = "Poll",
            Parts = [typeof(TitlePart), typeof(AutoroutePart), typeof(PollPart)],
            Lifecycle = PollLifecycle.Definition,
        },
    ];
}
