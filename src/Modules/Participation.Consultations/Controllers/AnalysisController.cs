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
    [HttpGet("analysis")]
    public async Task<IActionResult> Index(string id, string? stance, string? tag)
    {
        if (!await CanAsync()) return Forbid();
        if (await ConsultationAsync(id) is not { } item) return NotFound();
        var comments = await Comments(id);
        var contributions = comments.Where(c => c.ParentId == null && !c.IsOfficial && c.Status == CommentStatus.Published);
        if (!string.IsNullOrEmpty(stance)) contributions = contributions.Where(c => (c.Stance ?? "none") == stance);
        if (!string.IsNullOrEmpty(tag)) contributions = contributions.Where(c => c.TagList.Contains(tag));
        return View(new AnalysisViewModel
        {
            Item = item,
            Statistics = ContributionStatistics.From(comments, utc => DateOnly.FromDateTime(dates.ToLocal(utc))),
            Contributions = contributions.ToList(),
            Replies = comments.Where(c => c.ParentId != null).ToList(),
            Tags = item.As<ConsultationPart>().ContributionTags,
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

    [HttpGet("export.csv")]
    public async Task<IActionResult> Csv(string id)
    {
        if (!await CanAsync()) return Forbid();
        if (await ConsultationAsync(id) is not { } item) return NotFound();
        var rows = ContributionExport.Rows(await Comments(id), dates.ToLocal);
        return File(ContributionExport.Csv(rows), "text/csv; charset=utf-8", $"{item.Path ?? id}-contributions.csv");
    }

    [HttpGet("export.xlsx")]
    public async Task<IActionResult> Xlsx(string id)
    {
        if (!await CanAsync()) return Forbid();
        if (await ConsultationAsync(id) is not { } item) return NotFound();
        var rows = ContributionExport.Rows(await Comments(id), dates.ToLocal);
        return File(ContributionExport.Xlsx(rows, T["Contributions"].Value), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{item.Path ?? id}-contributions.xlsx");
    }

    private Task<IReadOnlyList<CommentInfo>> Comments(string id) => commentStore.ListAsync(new CommentQuery { ContentItemId = id });

    private async Task<ContentItem?> ConsultationAsync(string id)
        => await contentManager.GetAsync(id, VersionOptions.Latest) is { ContentType: ContentTypes.Consultation } item ? item : null;

    private Task<bool> CanAsync() => authorizationService.AuthorizeAsync(User, Permissions.AnalyseConsultations);
}
