using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Participation.ContentManagement;
using Participation.Data;
using Participation.Localization;
using Participation.Surveys.Domain;
using Participation.Surveys.Models;

namespace Participation.Surveys.Services;

/// <summary>One question's figures: how many completed responses answered it, and the count of each choice (or row and value).</summary>
public sealed record QuestionFigures(SurveyQuestion Question, long Answered, IReadOnlyDictionary<(string Choice, int? Value), long> Counts)
{
    /// <summary>Counts by scale value, for the scale kinds' scores.</summary>
    public IReadOnlyDictionary<int, long> ByValue => Counts.Where(c => c.Key.Value is not null).GroupBy(c => c.Key.Value!.Value).ToDictionary(g => g.Key, g => g.Sum(c => c.Value));

    /// <summary>CSAT, NPS or CES for the scale kinds that have one.</summary>
    public double? Score => SatisfactionScores.Of(Question.Kind, ByValue);

    public long Of(string choice, int? value = null) => Counts.TryGetValue((choice, value), out var n) ? n : 0;
}

public sealed record TextAnswer(long Id, string Text);

public sealed record SurveyFigures(long Invited, long Started, long Completed, IReadOnlyList<QuestionFigures> Questions);

/// <summary>
/// A survey's figures over its completed responses, never by loading responses: read from the
/// counters the submit maintains (<see cref="SurveyCounters"/>), or counted by the database for a
/// filter — per question, those who
/// answered it, so a question skipped by a condition or left empty is not counted as an answer
/// and a multiple choice's percentages are of respondents, not of ticks — and the count of each choice.
/// </summary>
public sealed class SurveyAnalysis(IDataSession session, IDateDisplay dates)
{
    /// <summary>The figures of every completed response from the counters; with a filter, counted by GROUP BY over the responses it keeps.</summary>
    public async Task<SurveyFigures> ReadAsync(ContentItem survey, AnalysisFilter? filter = null)
    {
        filter ??= new();
        var id = survey.ContentItemId;
        var invited = await session.Set<SurveyInvitation>().LongCountAsync(i => i.SurveyId == id && i.SentUtc != null);
        long started, completed;
        List<(string QuestionId, string Choice, double? Number, long Count)> counts;
        Dictionary<string, long> answered;
        if (filter.IsEmpty)
        {
            // The kept counts, one row; the responses themselves are counted only for a filter.
            var kept = await session.Set<SurveyResponseCount>().AsNoTracking().Where(c => c.SurveyId == id).Select(c => new { c.Started, c.Completed }).FirstOrDefaultAsync();
            (started, completed) = (kept?.Started ?? 0, kept?.Completed ?? 0);
            counts = [.. (await session.Set<SurveyAnswerCount>().AsNoTracking().Where(c => c.SurveyId == id).ToListAsync()).Select(c => (c.QuestionId, c.Choice, (double?)c.Number, c.Count))];
            answered = await session.Set<SurveyQuestionCount>().AsNoTracking().Where(c => c.SurveyId == id).ToDictionaryAsync(c => c.QuestionId, c => c.Answered);
        }
        else
        {
            started = await Responses(id, filter, completed: false).LongCountAsync();
            completed = await Responses(id, filter, completed: true).LongCountAsync();
            var answers = Answers(id, filter);
            counts = [.. (await answers.GroupBy(a => new { a.QuestionId, a.Choice, a.Number })
                .Select(g => new { g.Key.QuestionId, g.Key.Choice, g.Key.Number, Count = g.LongCount() }).ToListAsync()).Select(c => (c.QuestionId, c.Choice, c.Number, c.Count))];
            answered = await answers.GroupBy(a => a.QuestionId)
                .Select(g => new { QuestionId = g.Key, Count = g.Select(a => a.ResponseId).Distinct().LongCount() }).ToDictionaryAsync(c => c.QuestionId, c => c.Count);
        }
        var part = survey.As<SurveyPart>();
        return new(invited, started, completed, [.. part.Questions.Select(q => Figures(q, answered.GetValueOrDefault(q.Id), counts.Where(c => c.QuestionId == q.Id)))]);
    }

    /// <summary>
    /// Some questions of several surveys from the kept counters (two queries for all of them), as
    /// <see cref="ReadAsync"/> gives them unfiltered: what the results page scores surveys by.
    /// </summary>
    public async Task<Dictionary<(string SurveyId, string QuestionId), QuestionFigures>> CountedAsync(IReadOnlyCollection<(string SurveyId, SurveyQuestion Question)> questions)
    {
        var surveyIds = questions.Select(x => x.SurveyId).Distinct().ToList();
        var questionIds = questions.Select(x => x.Question.Id).Distinct().ToList();
        var counts = await session.Set<SurveyAnswerCount>().AsNoTracking().Where(c => surveyIds.Contains(c.SurveyId) && questionIds.Contains(c.QuestionId)).ToListAsync();
        var answered = await session.Set<SurveyQuestionCount>().AsNoTracking().Where(c => surveyIds.Contains(c.SurveyId) && questionIds.Contains(c.QuestionId))
            .ToDictionaryAsync(c => (c.SurveyId, c.QuestionId), c => c.Answered);
        return questions.ToDictionary(x => (x.SurveyId, x.Question.Id), x => Figures(x.Question, answered.GetValueOrDefault((x.SurveyId, x.Question.Id)),
            counts.Where(c => c.SurveyId == x.SurveyId && c.QuestionId == x.Question.Id).Select(c => (c.QuestionId, c.Choice, (double?)c.Number, c.Count))));
    }

    private static QuestionFigures Figures(SurveyQuestion q, long answered, IEnumerable<(string QuestionId, string Choice, double? Number, long Count)> counts)
        => new(q, answered, counts.GroupBy(c => (Key(q, c.Choice, c.Number), ValueOf(q, c.Number))).ToDictionary(g => g.Key, g => g.Sum(c => c.Count)));

    /// <summary>
    /// <paramref name="rows"/>' answers by <paramref name="columns"/>' over the responses the filter
    /// keeps: three GROUP BYs over the two questions' answers, joined by response.
    /// </summary>
    public async Task<CrossTab> CrossTabAsync(ContentItem survey, SurveyQuestion rows, SurveyQuestion columns, AnalysisFilter filter)
    {
        var answers = Answers(survey.ContentItemId, filter);
        var rowAnswers = answers.Where(a => a.QuestionId == rows.Id);
        var pairs = from a in rowAnswers
                    join b in answers.Where(b => b.QuestionId == columns.Id) on a.ResponseId equals b.ResponseId
                    select new { Row = a.Choice, Column = b.Choice, a.ResponseId };
        var cells = await pairs.GroupBy(p => new { p.Row, p.Column }).Select(g => new { g.Key.Row, g.Key.Column, Count = g.LongCount() }).ToListAsync();
        var both = await pairs.GroupBy(p => p.Row).Select(g => new { Row = g.Key, Count = g.Select(p => p.ResponseId).Distinct().LongCount() }).ToDictionaryAsync(x => x.Row, x => x.Count);
        // (response, question, choice) is unique: one row per respondent who gave the answer.
        var single = await rowAnswers.GroupBy(a => a.Choice).Select(g => new { Row = g.Key, Count = g.LongCount() }).ToDictionaryAsync(x => x.Row, x => x.Count);
        return new CrossTab(CrossTab.KeysOf(rows), CrossTab.KeysOf(columns), cells.Select(c => (c.Row, c.Column, c.Count)), both, single);
    }

    /// <summary>How many of the newest free-text answers the frequent words are counted over, so the page stays quick at any size.</summary>
    public const int WordSample = 5000;

    /// <summary>A question's free-text answers (the "other" texts of a multiple choice too) the filter keeps, newest first, a page after <paramref name="before"/>.</summary>
    public Task<List<TextAnswer>> TextAnswersAsync(ContentItem survey, SurveyQuestion question, AnalysisFilter filter, long? before, int take)
    {
        var texts = Answers(survey.ContentItemId, filter).Where(a => a.QuestionId == question.Id && a.Text != null && a.Text != "");
        if (before is { } id) texts = texts.Where(a => a.Id < id);
        return texts.OrderByDescending(a => a.Id).Take(take).Select(a => new TextAnswer(a.Id, a.Text!)).ToListAsync();
    }

    /// <summary>The words the newest <see cref="WordSample"/> answers use most, and how many answers were counted.</summary>
    public async Task<(IReadOnlyList<FrequentWord> Words, int Counted)> FrequentWordsAsync(ContentItem survey, SurveyQuestion question, AnalysisFilter filter, int take)
    {
        var texts = await TextAnswersAsync(survey, question, filter, null, WordSample);
        return (FrequentWords.Top(texts.Select(t => t.Text), take), texts.Count);
    }

    /// <summary>The survey's responses the filter keeps: completed ones by submission date, or all started ones by start date.</summary>
    internal IQueryable<SurveyResponse> Responses(string surveyId, AnalysisFilter filter, bool completed)
    {
        var query = session.Set<SurveyResponse>().AsNoTracking().Where(r => r.SurveyId == surveyId);
        if (completed) query = query.Where(r => r.CompletedUtc != null);
        if (filter.From is { } from)
        {
            var since = dates.ToUtc(from.ToDateTime(TimeOnly.MinValue));
            query = completed ? query.Where(r => r.CompletedUtc >= since) : query.Where(r => r.StartedUtc >= since);
        }
        if (filter.To is { } to)
        {
            var until = dates.ToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue));
            query = completed ? query.Where(r => r.CompletedUtc < until) : query.Where(r => r.StartedUtc < until);
        }
        if (filter is { Question: { } question, Choice: { } choice })
            query = query.Where(r => session.Set<SurveyAnswer>().Any(a => a.ResponseId == r.Id && a.QuestionId == question && a.Choice == choice));
        if (filter.Group is { } group) query = RespondentGroups.Keep(session, query, group);
        return query;
    }

    internal IQueryable<SurveyAnswer> Answers(string surveyId, AnalysisFilter filter)
    {
        var kept = Responses(surveyId, filter, completed: true).Select(r => r.Id);
        return session.Set<SurveyAnswer>().AsNoTracking().Where(a => a.SurveyId == surveyId && kept.Contains(a.ResponseId));
    }

    // Scales count by their value; Likert rows and ranks keep the row or option with its value; the rest count their choice.
    private static string Key(SurveyQuestion q, string choice, double? number) => q.Kind is QuestionKind.Likert or QuestionKind.Ranking ? choice : Scale.Of(q.Kind) is not null ? "" : choice;

    private static int? ValueOf(SurveyQuestion q, double? number)
        => (Scale.Of(q.Kind) is not null || q.Kind == QuestionKind.Ranking) && number is { } n ? (int)Math.Round(n, MidpointRounding.AwayFromZero) : null;

    public static string Percent(long part, long whole) => whole == 0 ? "—" : (100.0 * part / whole).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
