using System.Globalization;
using Participation.Surveys.Models;

namespace Participation.Surveys.Domain;

/// <summary>
/// The builder's rules over a survey's sections and questions: what a well-formed question is,
/// conditions that refer only to an earlier question and to its own answers, moves and removals
/// that keep them so. Each method answers the problem (English, the localisation key) or null.
/// </summary>
public static class SurveyDesign
{
    private static readonly QuestionKind[] WithOptions = [QuestionKind.SingleChoice, QuestionKind.MultipleChoice, QuestionKind.Ranking];

    public static AnswerProblem? AddSection(SurveyPart survey, string titleAr, string titleEn, SurveyCondition? condition)
    {
        if (string.IsNullOrWhiteSpace(titleAr)) return new("Give the section an Arabic title.");
        var section = new SurveySection { Id = NextId(survey, "s"), TitleAr = titleAr.Trim(), TitleEn = titleEn?.Trim() ?? "", Condition = condition };
        survey.Sections.Add(section);
        return Refuse(survey, () => survey.Sections.Remove(section));
    }

    public static AnswerProblem? AddQuestion(SurveyPart survey, string sectionId, SurveyQuestion question)
    {
        var section = survey.Sections.FirstOrDefault(s => s.Id == sectionId);
        if (section is null) return new("Add a section first.");
        question.Id = NextId(survey, "q");
        for (var i = 0; i < question.Options.Count; i++) question.Options[i].Id = "o" + (i + 1).ToString(CultureInfo.InvariantCulture);
        for (var i = 0; i < question.Rows.Count; i++) question.Rows[i].Id = "r" + (i + 1).ToString(CultureInfo.InvariantCulture);
        if (question.Kind != QuestionKind.MultipleChoice) { question.MaxChoices = 0; question.AllowOther = false; }
        if (question.Kind != QuestionKind.Number) { question.Min = null; question.Max = null; }
        if (!WithOptions.Contains(question.Kind)) question.Options = [];
        if (question.Kind != QuestionKind.Likert) question.Rows = [];
        section.Questions.Add(question);
        return Refuse(survey, () => section.Questions.Remove(question));
    }

    /// <summary>Moves a section or a question (within its section) one place up or down.</summary>
    public static AnswerProblem? Move(SurveyPart survey, string id, bool up)
    {
        if (survey.Sections.FindIndex(s => s.Id == id) is var s and >= 0) return Swap(survey, survey.Sections, s, up);
        foreach (var section in survey.Sections)
            if (section.Questions.FindIndex(q => q.Id == id) is var q and >= 0) return Swap(survey, section.Questions, q, up);
        return new("There is no such section or question.");
    }

    public static AnswerProblem? Remove(SurveyPart survey, string id)
    {
        var removed = survey.Sections.FirstOrDefault(s => s.Id == id) is { } section ? section.Questions.Select(q => q.Id).ToHashSet() : [id];
        if (Conditions(survey).Any(c => removed.Contains(c.Condition.QuestionId) && !removed.Contains(c.OwnerId) && c.OwnerId != id))
            return new("A condition depends on this question: change that condition first.");
        if (survey.Sections.RemoveAll(s => s.Id == id) > 0) return null;
        foreach (var s in survey.Sections)
            if (s.Questions.RemoveAll(q => q.Id == id) > 0) return null;
        return new("There is no such section or question.");
    }

    /// <summary>Every problem of the survey's design; empty when it may be answered.</summary>
    public static IReadOnlyList<AnswerProblem> Check(SurveyPart survey)
    {
        var problems = new List<AnswerProblem>();
        var earlier = new Dictionary<string, SurveyQuestion>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in survey.Sections)
        {
            if (!ids.Add(section.Id) || section.Id.Length == 0) problems.Add(new("Every section and question needs an id of its own ({0}).", section.Id));
            if (string.IsNullOrWhiteSpace(section.TitleAr)) problems.Add(new("Give the section an Arabic title."));
            if (CheckCondition(section.Condition, earlier) is { } sc) problems.Add(sc);
            foreach (var q in section.Questions)
            {
                if (!ids.Add(q.Id) || q.Id.Length == 0) problems.Add(new("Every section and question needs an id of its own ({0}).", q.Id));
                if (CheckCondition(q.Condition, earlier) is { } qc) problems.Add(qc);
                problems.AddRange(CheckQuestion(q));
                earlier[q.Id] = q;
            }
        }
        return problems;
    }

    /// <summary>The keys a condition on this question may name: its options, its scale values, yes and no.</summary>
    public static IReadOnlyList<string> ConditionKeys(SurveyQuestion q) => q.Kind switch
    {
        QuestionKind.SingleChoice or QuestionKind.MultipleChoice => [.. q.Options.Select(o => o.Id)],
        QuestionKind.YesNo => ["yes", "no"],
        QuestionKind.Rating or QuestionKind.Nps or QuestionKind.Effort
            => [.. Enumerable.Range(Scale.Of(q.Kind)!.Value.Low, Scale.Of(q.Kind)!.Value.High - Scale.Of(q.Kind)!.Value.Low + 1).Select(v => v.ToString(CultureInfo.InvariantCulture))],
        _ => [],
    };

    private static IEnumerable<AnswerProblem> CheckQuestion(SurveyQuestion q)
    {
        if (string.IsNullOrWhiteSpace(q.TextAr)) yield return new("Give the question its Arabic text.");
        if (WithOptions.Contains(q.Kind) && q.Options.Count < 2) yield return new("A choice or ranking question needs at least two options.");
        if (q.Options.Concat(q.Rows).Any(o => string.IsNullOrWhiteSpace(o.TextAr))) yield return new("Give every option and row its Arabic text.");
        if (q.Options.Select(o => o.Id).Distinct().Count() != q.Options.Count || q.Rows.Select(o => o.Id).Distinct().Count() != q.Rows.Count)
            yield return new("Every option and row needs an id of its own.");
        if (q.Kind == QuestionKind.Likert && q.Rows.Count == 0) yield return new("A Likert matrix needs at least one row.");
        if (q.Kind == QuestionKind.MultipleChoice && q.MaxChoices > q.Options.Count + (q.AllowOther ? 1 : 0)) yield return new("At most as many choices as there are options.");
        if (q.Min is { } min && q.Max is { } max && min > max) yield return new("The smallest number must not be above the largest.");
    }

    private static AnswerProblem? CheckCondition(SurveyCondition? condition, Dictionary<string, SurveyQuestion> earlier)
    {
        if (condition is null) return null;
        if (!earlier.TryGetValue(condition.QuestionId, out var source)) return new("A condition must refer to an earlier question.");
        var keys = ConditionKeys(source);
        if (keys.Count == 0) return new("A condition can only depend on a choice, yes/no or scale question.");
        if (condition.Values.Count == 0 || condition.Values.Any(v => !keys.Contains(v))) return new("A condition's values must be answers of its question: {0}.", string.Join(", ", keys));
        return null;
    }

    private static AnswerProblem? Swap<T>(SurveyPart survey, List<T> list, int index, bool up)
    {
        var other = up ? index - 1 : index + 1;
        if (other < 0 || other >= list.Count) return null;
        (list[index], list[other]) = (list[other], list[index]);
        return Refuse(survey, () => (list[index], list[other]) = (list[other], list[index]));
    }

    /// <summary>Keeps the change only if the survey is still well formed; otherwise undoes it and says why.</summary>
    private static AnswerProblem? Refuse(SurveyPart survey, Action undo)
    {
        if (Check(survey).FirstOrDefault() is not { } problem) return null;
        undo();
        return problem;
    }

    private static IEnumerable<(string OwnerId, SurveyCondition Condition)> Conditions(SurveyPart survey)
        => survey.Sections.Where(s => s.Condition is not null).Select(s => (s.Id, s.Condition!))
            .Concat(survey.Questions.Where(q => q.Condition is not null).Select(q => (q.Id, q.Condition!)));

    private static string NextId(SurveyPart survey, string prefix)
    {
        var used = survey.Sections.Select(s => s.Id).Concat(survey.Questions.Select(q => q.Id))
            .Where(id => id.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(id.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .Select(id => int.Parse(id.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture));
        return prefix + (used.DefaultIfEmpty(0).Max() + 1).ToString(CultureInfo.InvariantCulture);
    }
}
