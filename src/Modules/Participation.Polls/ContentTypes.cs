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
            Parts = [nameof(TitlePart), nameof(AutoroutePart), nameof(PollPart)],
            Lifecycle = PollLifecycle.Definition,
        },
    ];

    /// <summary>A poll can be placed on a page or a consultation.</summary>
    public IEnumerable<ContentPartAddition> GetPartAdditions() =>
    [
        new("Page", nameof(PollWidgetPart)),
        new("Consultation", nameof(PollWidgetPart)),
    ];
}
