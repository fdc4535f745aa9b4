using Participation.ContentManagement.Metadata;
using Participation.ContentManagement.Models;

namespace Participation.Pages;

/// <summary>The content types this module defines.</summary>
public sealed class ContentTypes : IContentTypeProvider
{
    public const string Page = "Page";

    public IEnumerable<ContentTypeDefinition> GetContentTypes() =>
    [
        new ContentTypeDefinition
        {
            Name = Page,
            DisplayName = "Page",
            Parts = [nameof(TitlePart), nameof(AutoroutePart), nameof(LocalizationPart), nameof(MarkdownBodyPart), "CommentsPart"],
        },
    ];
}
