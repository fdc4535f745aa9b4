using Participation.ContentManagement;
using Participation.Surveys.Domain;
using Participation.Surveys.Models;

namespace Participation.Surveys.Services;

/// <summary>
/// A respondent's way through a survey: the section to show (where they stopped, never past it),
/// each section checked by <see cref="AnswerRules"/> and saved as they go, then submitted once —
/// every question that applies answered as required, answers to questions a condition now hides
/// dropped, and the response completed by a single conditional update.
/// </summary>
public sealed class SurveyAnswering(SurveyResponseStore store, TimeProvider clock)
{
    public static readonly AnswerProblem AlreadySubmitted = new("You have already submitted this survey: thank you.");

    public async Task<(SurveyResponse Response, Dictionary<string, IReadOnlyList<AnswerValue>> Answers)> OpenAsync(ContentItem survey, string respondentKey)
    {
        var part = survey.As<SurveyPart>();
        var response = await store.StartAsync(survey.ContentItemId, respondentKey, part.Sections.FirstOrDefault()?.Id ?? "", clock.GetUtcNow().UtcDateTime);
        return (response, await store.AnswersAsync(response.Id));
    }

    /// <summary>The section to show: the one asked for if it applies and was reached, else the one to resume at.</summary>
    public static SurveySection? SectionToShow(SurveyPart part, SurveyResponse response, IReadOnlyDictionary<string, IReadOnlyList<AnswerValue>> answers, string? asked)
    {
        var visible = SurveyConditions.Visible(part, answers).Select(v => v.Section).ToList();
        var reached = visible.FindIndex(s => s.Id == response.SectionId);
        if (reached < 0) reached = Math.Max(0, visible.FindLastIndex(s => part.Sections.IndexOf(s) <= part.Sections.FindIndex(x => x.Id == response.SectionId)));
        var askedAt = visible.FindIndex(s => s.Id == asked);
        return askedAt >= 0 && askedAt <= reached ? visible[askedAt] : visible.ElementAtOrDefault(reached);
    }

    public async Task<SectionOutcome> PostAsync(ContentItem survey, SurveyResponse response, string sectionId, Func<string, IReadOnlyList<string>> form)
    {
        var part = survey.As<SurveyPart>();
        if (SurveyAvailability.Check(part, survey.Stage ?? "", clock.GetUtcNow().UtcDateTime) is { } closed) return SectionOutcome.Refused(closed);
        if (response.CompletedUtc is not null) return SectionOutcome.Refused(AlreadySubmitted);
        var answers = await store.AnswersAsync(response.Id);
        var section = SectionToShow(part, response, answers, sectionId);
        if (section is null || section.Id != sectionId) return SectionOutcome.Refused(new("This section does not apply to your answers: continue from the one shown."));

        // Read the section's questions in order: a condition inside the section depends on what was just posted above it.
        var problems = new Dictionary<string, AnswerProblem>(StringComparer.Ordinal);
        var replaced = new Dictionary<string, IReadOnlyList<AnswerValue>>(StringComparer.Ordinal);
        foreach (var question in section.Questions)
        {
            var current = new Dictionary<string, IReadOnlyList<AnswerValue>>(answers, StringComparer.Ordinal);
            foreach (var (id, values) in replaced) current[id] = values;
            if (!SurveyConditions.Holds(question.Condition, current) || !SurveyConditions.IsVisible(part, question.Id, current))
            {
                if (AnswerRules.AnythingPosted(question, form)) problems[AnswerRules.Field(question)] = new("This question does not apply given your earlier answers: leave it empty.");
                replaced[question.Id] = [];
                continue;
            }
            var (read, problem) = AnswerRules.Read(question, form);
            if (problem is not null) problems[AnswerRules.Field(question)] = problem;
            replaced[question.Id] = read;
        }
        if (problems.Count > 0) return new(problems, null, false);

        var merged = new Dictionary<string, IReadOnlyList<AnswerValue>>(answers, StringComparer.Ordinal);
        foreach (var (id, values) in replaced) merged[id] = values;
        var visible = SurveyConditions.Visible(part, merged);
        var visibleIds = visible.SelectMany(v => v.Questions).Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        var dropped = merged.Keys.Where(id => !visibleIds.Contains(id)).ToList();
        var at = visible.Select(v => v.Section.Id).ToList().IndexOf(section.Id);
        var next = at + 1 < visible.Count ? visible[at + 1].Section : null;
        if (!await store.SaveAsync(response, replaced.Where(r => visibleIds.Contains(r.Key)).ToDictionary(), dropped, next?.Id ?? section.Id))
            return SectionOutcome.Refused(AlreadySubmitted);
        if (next is not null) return new(problems, next.Id, false);

        // The last section: every required question that applies must have its answer.
        foreach (var required in visible.SelectMany(v => v.Questions.Select(q => (v.Section, Question: q))).Where(x => x.Question.Required))
            if (!merged.TryGetValue(required.Question.Id, out var given) || given.Count == 0)
                return new(new Dictionary<string, AnswerProblem>(), required.Section.Id, false, new("A required question is not answered yet: answer it to submit."));
        return await store.CompleteAsync(response, clock.GetUtcNow().UtcDateTime)
            ? new(problems, null, true)
            : SectionOutcome.Refused(AlreadySubmitted);
    }
}
