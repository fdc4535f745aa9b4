using Microsoft.EntityFrameworkCore;
using Participation.ContentManagement;
using Participation.Data;
using Participation.Surveys.Models;

namespace Participation.Surveys.Services;

/// <summary>
/// Satisfaction with requests' answers per department: over the completed responses of the
/// follow-up surveys (those marked to follow requests), their first 1–5 rating question —
/// counted, the 4–5 ratings counted and averaged by the database, grouped by the department
/// each response's invitation named.
/// </summary>
public sealed class AnswerSatisfactionFigures(IDataSession session) : IAnswerSatisfaction
{
    public async Task<IReadOnlyList<AnswerSatisfaction>> ByDepartmentAsync(DateTime fromUtc, DateTime toUtc, string? departmentKey = null)
    {
        var totals = new Dictionary<string, (int Responses, int Satisfied, double Sum)>(StringComparer.Ordinal);
        foreach (var (surveyId, questionId) in await RatedQuestionsAsync())
        {
            var rated = from a in session.Set<SurveyAnswer>().AsNoTracking()
                        join r in session.Set<SurveyResponse>() on a.ResponseId equals r.Id
                        where a.SurveyId == surveyId && a.QuestionId == questionId && a.Number != null
                            && r.DepartmentKey != null && r.CompletedUtc >= fromUtc && r.CompletedUtc < toUtc
                            && (departmentKey == null || r.DepartmentKey == departmentKey)
                        select new { r.DepartmentKey, Rating = a.Number!.Value };
            var rows = await rated.GroupBy(x => x.DepartmentKey!).Select(g => new { g.Key, Count = g.Count(), Satisfied = g.Count(x => x.Rating >= 4), Sum = g.Sum(x => x.Rating) }).ToListAsync();
            foreach (var row in rows)
            {
                var (responses, satisfied, sum) = totals.GetValueOrDefault(row.Key);
                totals[row.Key] = (responses + row.Count, satisfied + row.Satisfied, sum + row.Sum);
            }
        }
        return [.. totals.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new AnswerSatisfaction(t.Key, t.Value.Responses, t.Value.Satisfied, Math.Round(t.Value.Sum / t.Value.Responses, 2)))];
    }

    /// <summary>Each follow-up survey with its first rating question (a version keeps its questions' ids).</summary>
    private async Task<List<(string SurveyId, string QuestionId)>> RatedQuestionsAsync()
    {
        // Surveys are few and made by staff: their parts are read, never their responses.
        var surveys = await session.Set<ContentItem>().AsNoTracking().Where(x => x.Latest && x.ContentType == ContentTypes.Survey).ToListAsync();
        return [.. surveys.Select(s => (s.ContentItemId, Part: s.As<SurveyPart>()))
            .Where(s => s.Part.FollowsRequests)
            .Select(s => (s.ContentItemId, s.Part.Questions.FirstOrDefault(q => q.Kind == QuestionKind.Rating)?.Id))
            .Where(s => s.Id is not null).Select(s => (s.ContentItemId, s.Id!))];
    }
}
