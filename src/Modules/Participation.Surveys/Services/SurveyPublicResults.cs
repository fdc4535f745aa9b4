using Participation.ContentManagement;
using Participation.Surveys.Domain;
using Participation.Surveys.Models;
using Participation.Transparency;

namespace Participation.Surveys.Services;

/// <summary>One line of a public results table: a choice (its option id, <c>yes</c>/<c>no</c>, <c>other</c> or a scale value) and its count and share, null when withheld.</summary>
public sealed record PublicResultRow(string Choice, long? Count, double? Percent);

/// <summary>A counted question as the public sees it; null <see cref="Answered"/> when too few answered it to show anything, null <see cref="Score"/> (CSAT, NPS, CES) when one of its counts is withheld.</summary>
public sealed record PublicQuestionResults(SurveyQuestion Question, long? Answered, double? Score, IReadOnlyList<PublicResultRow> Rows)
{
    /// <summary>A Likert matrix's rows, each with its distribution over the scale.</summary>
    public IReadOnlyList<PublicLikertRow> LikertRows { get; init; } = [];

    /// <summary>A ranking's options, each with its mean rank and how often it was ranked first.</summary>
    public IReadOnlyList<PublicRankedOption> RankedOptions { get; init; } = [];
}

/// <summary>A Likert row: how many answered it (null when too few) and each scale value's count and share of them.</summary>
public sealed record PublicLikertRow(SurveyChoice Row, long? Answered, IReadOnlyList<PublicResultRow> Values);

/// <summary>A ranked option: how many ranked it first and its mean rank (1 is first), each null when withheld.</summary>
public sealed record PublicRankedOption(SurveyChoice Option, long? RankedFirst, double? MeanRank);

/// <summary>A survey's public results; null <see cref="Completed"/> when too few have answered to show anything.</summary>
public sealed record PublicSurveyResults(long? Completed, int Threshold, IReadOnlyList<PublicQuestionResults> Questions);

/// <summary>
/// The public results of a survey: the analysis' own counts (completed responses, counted by the
/// database), only of the counted kinds, Likert matrices and rankings (<see cref="PublicResultsRule.Published"/>), with every count
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
        return new(figures.Completed, rule.Threshold, [.. figures.Questions.Where(q => PublicResultsRule.Published(q.Question.Kind)).Select(q => Disclose(q, rule))]);
    }

    /// <summary>A counted question's figures as the public may see them under <paramref name="rule"/>.</summary>
    public static PublicQuestionResults Disclose(QuestionFigures figures, DisclosureRule rule)
    {
        var q = figures.Question;
        if (!rule.Discloses(figures.Answered) || figures.Answered == 0) return new(q, figures.Answered == 0 ? 0 : null, null, []);
        if (q.Kind == QuestionKind.Likert) return new(q, figures.Answered, null, []) { LikertRows = [.. q.Rows.Select(row => Likert(figures, row, rule))] };
        if (q.Kind == QuestionKind.Ranking) return new(q, figures.Answered, null, []) { RankedOptions = Ranked(figures, rule) };
        var choices = Choices(q);
        var counts = choices.Select(c => c.Value is { } v ? figures.Of("", v) : figures.Of(c.Choice)).ToList();
        var shown = PublicResultsRule.Disclosed(counts, rule, addUp: q.Kind != QuestionKind.MultipleChoice);
        // A score with a count withheld beside it would give that count back (CSAT × answered − the 5s is the 4s).
        var score = shown.Any(c => c is null) ? null : SatisfactionScores.Of(q.Kind, figures.ByValue);
        return new(q, figures.Answered, score, [.. choices.Select((c, i) => new PublicResultRow(c.Choice, shown[i], shown[i] is { } n ? 100.0 * n / figures.Answered : null))]);
    }

    /// <summary>
    /// A Likert row's counts over the scale: each respondent gives the row one value, so they add up
    /// to the row's respondents and the subtraction rule applies within the row; a row fewer than
    /// the threshold answered shows nothing (a non-required matrix may be answered in part).
    /// </summary>
    private static PublicLikertRow Likert(QuestionFigures figures, SurveyChoice row, DisclosureRule rule)
    {
        var counts = Enumerable.Range(1, 5).Select(v => figures.Of(row.Id, v)).ToList();
        var answered = counts.Sum();
        if (!rule.Discloses(answered)) return new(row, null, []);
        var shown = PublicResultsRule.Disclosed(counts, rule, addUp: true);
        return new(row, answered, [.. shown.Select((n, i) => new PublicResultRow((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), n, n is { } c && answered > 0 ? 100.0 * c / answered : null))]);
    }

    /// <summary>
    /// A ranking's options: everyone who answers ranks every option once, so the "ranked first"
    /// counts add up to those who answered (the subtraction rule across options), and an option's
    /// counts per rank add up to them too; its mean rank is shown only when none of those is
    /// withheld, as a score is — with two options the mean and the total give both counts back.
    /// </summary>
    private static IReadOnlyList<PublicRankedOption> Ranked(QuestionFigures figures, DisclosureRule rule)
    {
        var options = figures.Question.Options;
        var first = PublicResultsRule.Disclosed([.. options.Select(o => figures.Of(o.Id, 1))], rule, addUp: true);
        return [.. options.Select((o, i) =>
        {
            var byRank = Enumerable.Range(1, options.Count).Select(r => figures.Of(o.Id, r)).ToList();
            var ranked = byRank.Sum();
            var mean = ranked > 0 && PublicResultsRule.Disclosed(byRank, rule, addUp: true).All(n => n is not null)
                ? byRank.Select((n, r) => (double)(r + 1) * n).Sum() / ranked : (double?)null;
            return new PublicRankedOption(o, first[i], mean);
        })];
    }

    private static List<(string Choice, int? Value)> Choices(SurveyQuestion q)
    {
        if (Scale.Of(q.Kind) is { } range) return [.. Enumerable.Range(range.Low, range.High - range.Low + 1).Select(v => (v.ToString(System.Globalization.CultureInfo.InvariantCulture), (int?)v))];
        if (q.Kind == QuestionKind.YesNo) return [("yes", null), ("no", null)];
        return [.. q.Options.Select(o => (o.Id, (int?)null)), .. q.AllowOther ? [(AnswerValue.Other, (int?)null)] : Array.Empty<(string, int?)>()];
    }
}
