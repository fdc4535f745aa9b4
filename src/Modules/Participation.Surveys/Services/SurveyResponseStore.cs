using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Surveys.Domain;
using Participation.Surveys.Models;

namespace Participation.Surveys.Services;

/// <summary>Responses and their answers as stored: found or started once per respondent, read back, replaced by section.</summary>
public sealed class SurveyResponseStore(IDataSession session)
{
    public Task<bool> AnyAsync(string surveyId) => session.Set<SurveyResponse>().AnyAsync(r => r.SurveyId == surveyId);

    public Task<SurveyResponse?> FindAsync(string surveyId, string respondentKey)
        => session.Set<SurveyResponse>().FirstOrDefaultAsync(r => r.SurveyId == surveyId && r.RespondentKey == respondentKey);

    /// <summary>The respondent's response, started now if they had none; a second tab racing the first finds the first's row.</summary>
    public async Task<SurveyResponse> StartAsync(string surveyId, string respondentKey, string firstSectionId, DateTime now)
    {
        if (await FindAsync(surveyId, respondentKey) is { } existing) return existing;
        var response = new SurveyResponse { SurveyId = surveyId, RespondentKey = respondentKey, SectionId = firstSectionId, StartedUtc = now, DepartmentKey = await DepartmentOfAsync(respondentKey) };
        session.Set<SurveyResponse>().Add(response);
        // The response and the survey's started counter together, so the counter is the rows' count.
        await using var transaction = await session.Database.BeginTransactionAsync();
        try
        {
            await session.SaveChangesAsync();
            await session.Database.ExecuteSqlRawAsync(SurveyCounters.AddResponse, surveyId, 1L, 0L);
            await transaction.CommitAsync();
            return response;
        }
        catch (DbUpdateException ex) when (ex.InnerException is DbException)
        {
            // Another tab started it first: theirs is the response (and its count).
            await transaction.RollbackAsync();
            session.Set<SurveyResponse>().Entry(response).State = EntityState.Detached;
            if (await FindAsync(surveyId, respondentKey) is { } first) return first;
            throw;
        }
    }

    /// <summary>An invitation's response rates the department its invitation names (the follow-up of a request's answer).</summary>
    private async Task<string?> DepartmentOfAsync(string respondentKey)
        => respondentKey.StartsWith(InvitationKeyPrefix, StringComparison.Ordinal) && long.TryParse(respondentKey.AsSpan(InvitationKeyPrefix.Length), out var id)
            ? await session.Set<SurveyInvitation>().Where(i => i.Id == id).Select(i => i.DepartmentKey).FirstOrDefaultAsync()
            : null;

    /// <summary>The respondent key of an invitation's response: this and the invitation's id.</summary>
    public const string InvitationKeyPrefix = "t:";

    public async Task<Dictionary<string, IReadOnlyList<AnswerValue>>> AnswersAsync(long responseId)
    {
        var rows = await session.Set<SurveyAnswer>().AsNoTracking().Where(a => a.ResponseId == responseId).OrderBy(a => a.Id).ToListAsync();
        return rows.GroupBy(a => a.QuestionId).ToDictionary(g => g.Key, g => (IReadOnlyList<AnswerValue>)[.. g.Select(a => new AnswerValue(a.Choice, a.Number is { } n ? (decimal)n : null, a.Text))], StringComparer.Ordinal);
    }

    /// <summary>
    /// In one transaction: replaces the answers to <paramref name="replaced"/> questions, drops those to
    /// <paramref name="dropped"/> (now hidden by a condition), and moves the response to
    /// <paramref name="nextSectionId"/> — only while it is not submitted. False when it already was.
    /// </summary>
    public async Task<bool> SaveAsync(SurveyResponse response, IReadOnlyDictionary<string, IReadOnlyList<AnswerValue>> replaced, IReadOnlyCollection<string> dropped, string nextSectionId)
    {
        await using var transaction = await session.Database.BeginTransactionAsync();
        var ids = replaced.Keys.Concat(dropped).ToList();
        var moved = await session.Set<SurveyResponse>().Where(r => r.Id == response.Id && r.CompletedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.SectionId, nextSectionId));
        if (moved == 0) return false;
        await session.Set<SurveyAnswer>().Where(a => a.ResponseId == response.Id && ids.Contains(a.QuestionId)).ExecuteDeleteAsync();
        foreach (var (questionId, values) in replaced)
            foreach (var v in values)
                session.Set<SurveyAnswer>().Add(new SurveyAnswer { ResponseId = response.Id, SurveyId = response.SurveyId, QuestionId = questionId, Choice = v.Key, Number = v.Number is { } n ? (double)n : null, Text = v.Text });
        await session.SaveChangesAsync();
        await transaction.CommitAsync();
        response.SectionId = nextSectionId;
        return true;
    }

    /// <summary>
    /// Completes the response once, adding its answers to the survey's counters in the same
    /// transaction: a second submit (another tab) changes nothing, counts nothing and answers false.
    /// </summary>
    public async Task<bool> CompleteAsync(SurveyResponse response, DateTime now)
    {
        var responseId = response.Id;
        await using var transaction = await session.Database.BeginTransactionAsync();
        if (await session.Set<SurveyResponse>().Where(r => r.Id == responseId && r.CompletedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.CompletedUtc, now)) != 1) return false;
        foreach (var sql in SurveyCounters.Add("a.\"ResponseId\" = {0}")) await session.Database.ExecuteSqlRawAsync(sql, responseId);
        await session.Database.ExecuteSqlRawAsync(SurveyCounters.AddResponse, response.SurveyId, 0L, 1L);
        await transaction.CommitAsync();
        return true;
    }
}
