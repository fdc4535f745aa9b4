using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Admin;
using Participation.ContentManagement;
using Participation.Data;
using Participation.Exports;
using Participation.Localization;
using Participation.Ideas.Models;
using Participation.Ideas.Services;
using Participation.Ideas.ViewModels;
using Participation.Notify;
using Participation.Security;

namespace Participation.Ideas.Controllers;

/// <summary>The department's study of a topic's ideas, most supported first: a new status and the official answer for each.</summary>
[Admin, Area("Participation.Ideas"), Route("admin/ideas/study")]
public sealed class StudyController(IContentManager contentManager, IDataSession session, IdeaAnswering answering, IdeaAssessments assessments, IdeaExport export, IAuthorizationService authorization, INotifier notifier, IStringLocalizer<StudyController> T) : Controller
{
    private const int Shown = 200;

    /// <summary>The topics to study, newest first: the admin menu's way in.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Topics()
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.AnswerIdeas)) return Forbid();
        var topics = await contentManager.Query(VersionOptions.Latest).AsNoTracking().Where(x => x.ContentType == ContentTypes.IdeaTopic)
            .OrderByDescending(x => x.CreatedUtc).Take(Shown).ToListAsync();
        return View(topics);
    }

    [HttpGet("{topicId}")]
    public async Task<IActionResult> Index(string topicId)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.AnswerIdeas)) return Forbid();
        if (await TopicAsync(topicId) is not { } topic) return NotFound();
        var rows = await session.Set<IdeaIndex>().AsNoTracking().Where(x => x.TopicId == topicId && IdeaStatus.Listed.Contains(x.Status))
            .OrderByDescending(x => x.Supports).ThenBy(x => x.ContentItemId).Take(Shown).ToListAsync();
        return View(new StudyViewModel
        {
            Topic = topic, Ideas = rows, CanMerge = await authorization.AuthorizeAsync(User, Permissions.ReviewIdeas),
            Assessments = await assessments.OfAsync([.. rows.Select(r => r.ContentItemId)]),
        });
    }

    [HttpPost("{topicId}/{ideaId}/answer")]
    public async Task<IActionResult> Answer(string topicId, string ideaId, string? status, string? answer)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.AnswerIdeas)) return Forbid();
        if (await answering.AnswerAsync(ideaId, status, answer) is { } problem) notifier.Error(T[problem.Message, problem.Arguments]);
        else notifier.Success(T["The answer is published; the author, the supporters and the followers are emailed."]);
        return LocalRedirect($"/admin/ideas/study/{topicId}#study-{ideaId}");
    }

    /// <summary>The same status and one answer template for the ideas ticked, in one transaction.</summary>
    [HttpPost("{topicId}/answer")]
    public async Task<IActionResult> AnswerMany(string topicId, string[] ids, string? status, string? template)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.AnswerIdeas)) return Forbid();
        if (await answering.AnswerManyAsync(topicId, ids, status, template) is { } problem) notifier.Error(T[problem.Message, problem.Arguments]);
        else notifier.Success(T.Plural(ids.Length, "1 idea answered; its author, supporters and followers are emailed.", "{0} ideas answered; their authors, supporters and followers are emailed."));
        return LocalRedirect($"/admin/ideas/study/{topicId}");
    }

    /// <summary>The idea's feasibility assessment, for staff only.</summary>
    [HttpPost("{topicId}/{ideaId}/assess")]
    public async Task<IActionResult> Assess(string topicId, string ideaId, string? cost, string? effort, string? impact, string? notes)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.AnswerIdeas)) return Forbid();
        if (await assessments.SaveAsync(ideaId, cost, effort, impact, notes) is { } problem) notifier.Error(T[problem.Message, problem.Arguments]);
        else notifier.Success(T["The assessment is saved."]);
        return LocalRedirect($"/admin/ideas/study/{topicId}#study-{ideaId}");
    }

    /// <summary>The topic's ideas with their supports by day, statuses and answers, streamed from the database to the response.</summary>
    [HttpGet("{topicId}/export.csv")]
    public async Task<IActionResult> Csv(string topicId)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.AnswerIdeas)) return Forbid();
        if (await TopicAsync(topicId) is null) return NotFound();
        Download("text/csv; charset=utf-8", $"ideas-{topicId}.csv");
        await TableFile.WriteCsvAsync(Response.Body, export.RowsAsync(topicId, HttpContext.RequestAborted), HttpContext.RequestAborted);
        return new EmptyResult();
    }

    /// <summary>The same as a workbook, written row by row (through a temporary file) and sent.</summary>
    [HttpGet("{topicId}/export.xlsx")]
    public async Task<IActionResult> Xlsx(string topicId)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.AnswerIdeas)) return Forbid();
        if (await TopicAsync(topicId) is null) return NotFound();
        Download("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"ideas-{topicId}.xlsx");
        await TableFile.WriteXlsxAsync(Response.Body, export.RowsAsync(topicId, HttpContext.RequestAborted), T["Ideas"].Value, IdeaExport.Columns, HttpContext.RequestAborted);
        return new EmptyResult();
    }

    private void Download(string contentType, string fileName)
    {
        Response.ContentType = contentType;
        Response.Headers.ContentDisposition = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("attachment") { FileNameStar = fileName }.ToString();
    }

    private async Task<ContentItem?> TopicAsync(string topicId)
        => await contentManager.GetAsync(topicId, VersionOptions.Latest) is { ContentType: ContentTypes.IdeaTopic } topic ? topic : null;
}
