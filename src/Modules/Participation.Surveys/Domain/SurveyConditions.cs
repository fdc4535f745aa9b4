using Participation.Surveys.Models;

namespace Participation.Surveys.Domain;

/// <summary>
/// Which sections and questions apply given the answers so far. A condition refers to an
/// earlier question; a question in a hidden section, or whose condition's question is itself
/// hidden, is hidden too — so a skipped question is never counted as unanswered.
/// </summary>
public static class SurveyConditions
{
    public static bool Holds(SurveyCondition? condition, IReadOnlyDictionary<string, IReadOnlyList<AnswerValue>> answers)
        => condition is null
           || (answers.TryGetValue(condition.QuestionId, out var given) && given.Any(v => condition.Values.Contains(v.Key, StringComparer.Ordinal)));

    /// <summary>The sections that apply, in order, each with the questions of it that apply.</summary>
    public static IReadOnlyList<(SurveySection Section, IReadOnlyList<SurveyQuestion> Questions)> Visible(SurveyPart survey, IReadOnlyDictionary<string, IReadOnlyList<AnswerValue>> answers)
    {
        // Answers to hidden questions do not count for later conditions.
        var effective = new Dictionary<string, IReadOnlyList<AnswerValue>>(StringComparer.Ordinal);
        var visible = new List<(SurveySection, IReadOnlyList<SurveyQuestion>)>();
        foreach (var section in survey.Sections)
        {
            if (!Holds(section.Condition, effective)) continue;
            var questions = new List<SurveyQuestion>();
            foreach (var question in section.Questions.Where(q => Holds(q.Condition, effective)))
            {
                questions.Add(question);
                if (answers.TryGetValue(question.Id, out var given)) effective[question.Id] = given;
            }
            visible.Add((section, questions));
        }
        return visible;
    }

    public static bool IsVisible(SurveyPart survey, string questionId, IReadOnlyDictionary<string, IReadOnlyList<AnswerValue>> answers)
        => Visible(survey, answers).Any(s => s.Questions.Any(q => q.Id == questionId));
}
