using Participation.Surveys.Models;

namespace Participation.Surveys.Domain;

/// <summary>The fixed ranges of the scale questions.</summary>
public static class Scale
{
    public static (int Low, int High)? Of(QuestionKind kind) => kind switch
    {
        QuestionKind.Rating => (1, 5),
        QuestionKind.Nps => (0, 10),
        QuestionKind.Effort => (1, 7),
        QuestionKind.Likert => (1, 5),
        _ => null,
    };
}
