using Participation.ContentManagement;
using Participation.Surveys.Models;

namespace Participation.Surveys.ViewModels;

public sealed class SurveyBuilderViewModel
{
    public required ContentItem Survey { get; init; }
    public required SurveyPart Part { get; init; }
    /// <summary>Answers exist: the questions are frozen, a new version may be made.</summary>
    public bool Frozen { get; init; }
}
