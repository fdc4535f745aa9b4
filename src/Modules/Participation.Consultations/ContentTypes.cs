using Participation.ContentManagement.Metadata;
using Participation.ContentManagement.Models;
using Participation.Consultations.Models;

namespace Participation.Consultations;

public sealed class ContentTypes : IContentTypeProvider
{
    public const string Consultation = "Consultation";

    public IEnumerable<ContentTypeDefinition> GetContentTypes() =>
    [
        new ContentTypeDefinition
        {
            Name = Consultation,
            DisplayName = "Consultation",
            Parts = [nameof(TitlePart), nameof(AutoroutePart), nameof(LocalizationPart), nameof(MarkdownBodyPart), nameof(ConsultationPart), nameof(Participation.Comments.CommentsPart)],
            Lifecycle = ConsultationLifecycle.Definition,
            // Contributions are the point of a consultation.
            Initialize = item => item.Alter<Participation.Comments.CommentsPart>(p => { p.Enabled = true; p.AskStance = true; p.OnePerPerson = true; }),
        },
    ];
}
