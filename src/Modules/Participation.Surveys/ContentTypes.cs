using Participation.ContentManagement.Metadata;
using Participation.ContentManagement.Models;
using Participation.Surveys.Models;

namespace Participation.Surveys;

public sealed class ContentTypes : IContentTypeProvider
{
    public const string Survey = "Survey";

    public IEnumerable<ContentTypeDefinition> GetContentTypes() =>
    [
        new ContentTypeDefinition
        {
            Name = Survey,
            DisplayName = "Survey",
            Parts = [nameof(TitlePart), nameof(AutoroutePart), nameof(SurveyPart)],
            Lifecycle = SurveyLifecycle.Definition,
        },
    ];
}
