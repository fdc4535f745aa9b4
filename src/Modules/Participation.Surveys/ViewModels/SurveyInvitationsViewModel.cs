using Participation.ContentManagement;
using Participation.Surveys.Domain;
using Participation.Surveys.Services;

namespace Participation.Surveys.ViewModels;

public sealed class SurveyInvitationsViewModel
{
    public required ContentItem Survey { get; init; }
    public required InvitationFigures Figures { get; init; }
    public required RecipientPage Recipients { get; init; }
    public bool Uploaded { get; init; }
    public int Added { get; init; }
    public IReadOnlyList<RecipientRowProblem> Problems { get; init; } = [];
}
