using Participation.ContentManagement;
using Participation.Surveys.Domain;
using Participation.Surveys.Models;
using Participation.Transparency;

namespace Participation.Surveys.Services;

/// <summary>One line of a public results table: a choice (its option id, <c>yes</c>/<c>no</c>, <c>other</c> or a scale value) and its count and share, null when withheld.</summary>
public sealed record PublicResultRow(string Choice, long? Count, double? Percent);

/// <summary>A counted question as the public sees it; null <see cref="Answered"/> when too few answered it to show anything, null <see cref="Score"/> (CSAT, NPS, CES) when one of its counts is withheld.</summary>
public sealed record PublicQuestionResults(SurveyQuestion Question, long? Answered, double? Score, IReadOnlyList<PublicResultRow> Rows);

/// <summary>A survey's public results; null <see cref="Completed"/> when too few have answered to show anything.</summary>
public sealed record PublicSurveyResults(long? Completed, int Threshold, IReadOnlyList<PublicQuestionResults> Questions);

/// <summary>
/// The public results of a survey: the analysis' own counts (completed responses, counted by the
/// database), only of the counted kinds (<see cref="PublicResultsRule.Counted"/>), with every count
/// of people the site's disclosure rule withholds left out — and the share and score that would
/// give it away with it. Nothing of a respondent, and no written answer, is read.
/// </summary>
public sealed class SurveyPublicResults(SurveyAnalysis analysis, IEnumerable<IDisclosureThreshold> thresholds)
{
    /// <summary>How long an open survey's cached results may lag behind its responses: submitting does not evict them, so a busy survey costs one reading per interval.</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(1);

    /// <summary>The site's disclosure rule (from the data cache), the default one without Transparency.</summary>
    public async Task<DisclosureRule> RuleAsync()
        => thresholds.FirstOrDefault() is { } threshold ? await threshold.RuleAsync() : new DisclosureRule(DisclosureRule.DefaultThreshold);

    public async Task<PublicSurveyResults> ReadAsync(ContentItem survey)
    {
        var rule = await RuleAsync();
        var figures = await analysis.ReadAsync(survey);
        if (!rule.Discloses(figures.Completed) || figures.Completed == 0) return new(null, rule.Threshold, []);
        return new(figures.Completed, rule.Threshold, [.. figures.Questions.Where(q => PublicResultsRule.Counted(q.Question.Kind)).Select(q => Disclose(q, rule))]);
    }

    /// <summary>A counted question's figures as the public may see them under <paramref name="rule"/>.</summary>
    public static PublicQuestionResults Disclose(QuestionFigures figures, DisclosureRule rule)
    {
        var q = figures.Question;
        if (!rule.Discloses(figures.Answered) || figures.Answered == 0) return new(q, figures.Answered == 0 ? 0 : null, null, []);
        var choices = Choices(q);
        var counts = choices.Select(c => c.Value is { } v ? figures.Of("", v) : figures.Of(c.Choice)).ToList();
        var shown = PublicResultsRule.Disclosed(counts, rule, addUp: q.Kind != QuestionKind.MultipleChoice);
        // A score with a count withheld beside it would give that count back (CSAT × answered − the 5s is the 4s).
        var score = shown.Any(c => c is null) ? null : q.Kind switch
        {
            QuestionKind.Rating => SatisfactionScores.Csat(figures.ByValue),
            QuestionKind.Nps => SatisfactionScores.Nps(figures.ByValue),
            QuestionKind.Effort => SatisfactionScores.Ces(figures.ByValue),
            _ => null,
        };
        return new(q, figures.Answered, score, [.. choices.Select((c, i) => new PublicResultRow(c.Choice, shown[i], shown[i] is { } n ? 100.0 * n / figures.Answered : null))]);
    }

    private static List<(string Choice, int? Value)> Choices(SurveyQuestion q)
    {
        if (Scale.Of(q.Kind) is { } range) return [.. Enumerable.Range(range.Low, range.High - range.Low + 1).Select(v => (v.ToString(System.Globalization.CultureInfo.InvariantCulture), (int?)v))];
        if (q.Kind == QuestionKind.YesNo) return [("yes", null), ("no", null)];
        return [.. q.Options.Select(o => (o.Id, (int?)null)), .. q.AllowOther ? [(AnswerValue.Other, (int?)null)] : Array.Empty<(string, int?)>()];
    }
}
