using Participation.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Admin;
using Participation.Comments;
using Participation.ContentManagement;
using Participation.Consultations.Models;
using Participation.Consultations.Services;
using Participation.Consultations.ViewModels;
using Participation.Exports;
using Participation.Localization;
using Participation.Security;
using Participation.Notify;

namespace Participation.Consultations.Controllers;

/// <summary>Reading, classifying and exporting a consultation's contributions.</summary>
[Admin, Area("Participation.Consultations"), Route("admin/consultations/{id}")]
public sealed class AnalysisController(
    IContentManager contentManager,
    ICommentStore commentStore,
    IDateDisplay dates,
    IAuthorizationService authorizationService,
    INotifier notifier,
    IStringLocalizer<AnalysisController> T) : Controller
{
    /// <summary>Contributions on a page of the analysis list, oldest first.</summary>
    public const int PageSize = 25;

    [HttpGet("analysis")]
    public async Task<IActionResult> Index(string id, string? stance, string? tag, string? after)
    {
        if (!await CanAsync()) return Forbid();
        if (await ConsultationAsync(id) is not { } item) return NotFound();
        var tags = item.As<ConsultationPart>().ContributionTags;
        var figures = await commentStore.FiguresAsync(id, tags, HttpContext.RequestAborted);
        var matching = new CommentQuery { ContentItemId = id, TopLevel = true, Official = false, Status = CommentStatus.Published, Stance = stance, Tag = tag };
        // One more than a page says whether there is a next one.
        var page = await commentStore.ListAsync(matching with { After = KeysetCursor.Parse(after), Take = PageSize + 1 });
        var contributions = page.Take(PageSize).ToList();
        var replies = contributions.Count == 0 ? [] : await commentStore.ListAsync(new CommentQuery { ContentItemId = id, ParentIds = contributions.Select(c => c.Id).ToList() });
        return View(new AnalysisViewModel
        {
            Item = item,
            Statistics = ContributionStatistics.From(figures, utc => DateOnly.FromDateTime(dates.ToLocal(utc))),
            Contributions = contributions,
            Replies = replies,
            Matching = stance is { Length: > 0 } || tag is { Length: > 0 } ? await commentStore.CountAsync(matching, HttpContext.RequestAborted) : figures.Contributions,
            Next = page.Count > PageSize ? new KeysetCursor(contributions[^1].CreatedUtc, contributions[^1].Id) : null,
            FirstPage = after is null,
            Tags = tags,
            Stance = stance, Tag = tag,
        });
    }

    [HttpPost("analysis/{commentId:long}/tags")]
    public async Task<IActionResult> SetTags(string id, long commentId, [FromForm] List<string> tags)
    {
        if (!await CanAsync()) return Forbid();
        if (await ConsultationAsync(id) is not { } item) return NotFound();
        var allowed = item.As<ConsultationPart>().ContributionTags;
        if (!await commentStore.SetTagsAsync(item.ContentItemId, commentId, tags.Where(allowed.Contains).ToList())) return NotFound();
        notifier.Success(T["Tags saved."]);
        return Redirect($"/admin/consultations/{id}/analysis#contribution-{commentId}");
    }

    /// <summary>Every comment, streamed from the database to the response row by row.</summary>
    [HttpGet("export.csv")]
    public async Task<IActionResult> Csv(string id)
    {
        if (!await CanAsync()) return Forbid();
        if (await ConsultationAsync(id) is not { } item) return NotFound();
        Download("text/csv; charset=utf-8", $"{item.Path ?? id}-contributions.csv");
        await TableFile.WriteCsvAsync(Response.Body, Rows(id), HttpContext.RequestAborted);
        return new EmptyResult();
    }

    /// <summary>Every comment as a workbook, written row by row (through a temporary file) and sent.</summary>
    [HttpGet("export.xlsx")]
    public async Task<IActionResult> Xlsx(string id)
    {
        if (!await CanAsync()) return Forbid();
        if (await ConsultationAsync(id) is not { } item) return NotFound();
        Download("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{item.Path ?? id}-contributions.xlsx");
        await TableFile.WriteXlsxAsync(Response.Body, Rows(id), T["Contributions"].Value, ContributionExport.Columns, HttpContext.RequestAborted);
        return new EmptyResult();
    }

    private IAsyncEnumerable<ContributionExport.Row> Rows(string id)
        => ContributionExport.RowsAsync(commentStore.StreamAsync(new CommentQuery { ContentItemId = id }), dates.ToLocal, HttpContext.RequestAborted);

    private void Download(string contentType, string fileName)
    {
        Response.ContentType = contentType;
        Response.Headers.ContentDisposition = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("attachment") { FileNameStar = fileName }.ToString();
    }

    private async Task<ContentItem?> ConsultationAsync(string id)
        => await contentManager.GetAsync(id, VersionOptions.Latest) is { ContentType: ContentTypes.Consultation } item ? item : null;

    private Task<bool> CanAsync() => authorizationService.AuthorizeAsync(User, Permissions.AnalyseConsultations);
}
