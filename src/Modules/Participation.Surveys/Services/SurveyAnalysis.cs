using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Participation.ContentManagement;
using Participation.Data;
using Participation.Surveys.Domain;
using Participation.Surveys.Models;

namespace Participation.Surveys.Services;

/// <summary>One question's figures: how many completed responses answered it, and the count of each choice (or row and value).</summary>
public sealed record QuestionFigures(SurveyQuestion Question, long Answered, IReadOnlyDictionary<(string Choice, int? Value), long> Counts)
{
    /// <summary>Counts by scale value, for the scale kinds' scores.</summary>
    public IReadOnlyDictionary<int, long> ByValue => Counts.Where(c => c.Key.Value is not null).GroupBy(c => c.Key.Value!.Value).ToDictionary(g => g.Key, g => g.Sum(c => c.Value));

    public long Of(string choice, int? value = null) => Counts.TryGetValue((choice, value), out var n) ? n : 0;
}

public sealed record SurveyFigures(long Invited, long Started, long Completed, IReadOnlyList<QuestionFigures> Questions);

/// <summary>
/// A survey's figures over its completed responses, never by loading responses: read from the
/// counters the submit maintains (<see cref="SurveyCounters"/>) — per question, those who
/// answered it, so a question skipped by a condition or left empty is not counted as an answer
/// and a multiple choice's percentages are of respondents, not of ticks — and the count of each choice.
/// </summary>
public sealed class SurveyAnalysis(IDataSession session)
{
    public async Task<SurveyFigures> ReadAsync(ContentItem survey)
    {
        var id = survey.ContentItemId;
        var responses = session.Set<SurveyResponse>().AsNoTracking().Where(r => r.SurveyId == id);
        var started = await responses.LongCountAsync();
        var completed = await responses.LongCountAsync(r => r.CompletedUtc != null);
        var invited = await session.Set<SurveyInvitation>().LongCountAsync(i => i.SurveyId == id && i.SentUtc != null);
        var counts = await session.Set<SurveyAnswerCount>().AsNoTracking().Where(c => c.SurveyId == id).ToListAsync();
        var answered = await session.Set<SurveyQuestionCount>().AsNoTracking().Where(c => c.SurveyId == id).ToDictionaryAsync(c => c.QuestionId, c => c.Answered);
        var part = survey.As<SurveyPart>();
        return new(invited, started, completed, [.. part.Questions.Select(q => new QuestionFigures(q,
            answered.GetValueOrDefault(q.Id),
            counts.Where(c => c.QuestionId == q.Id).GroupBy(c => (Key(q, c.Choice, c.Number), ValueOf(q, c.Number)))
                .ToDictionary(g => g.Key, g => g.Sum(c => c.Count))))]);
    }

    // Scales count by their value; Likert rows and ranks keep the row or option with its value; the rest count their choice.
    private static string Key(SurveyQuestion q, string choice, double? number) => q.Kind is QuestionKind.Likert or QuestionKind.Ranking ? choice : Scale.Of(q.Kind) is not null ? "" : choice;

    private static int? ValueOf(SurveyQuestion q, double? number)
        => (Scale.Of(q.Kind) is not null || q.Kind == QuestionKind.Ranking) && number is { } n ? (int)Math.Round(n, MidpointRounding.AwayFromZero) : null;

    public static string Percent(long part, long whole) => whole == 0 ? "—" : (100.0 * part / whole).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
