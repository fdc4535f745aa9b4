using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Participation.Admin;
using Participation.ContentManagement;
using Participation.Exports;
using Participation.Polls.Models;
using Participation.Polls.Services;
using Participation.Security;

namespace Participation.Polls.Controllers;

/// <summary>Exports of a poll's ballots, by option and by day: counts only, never who voted.</summary>
[Admin, Area("Participation.Polls"), Route("admin/polls")]
public sealed class AdminController(IContentManager contentManager, PollResults results, IAuthorizationService authorization) : Controller
{
    [HttpGet("{contentItemId}/export.{format:regex(^(csv|xlsx)$)}")]
    public async Task<IActionResult> Export(string contentItemId, string format)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ExportPollResults)) return Forbid();
        var poll = await contentManager.GetAsync(contentItemId, VersionOptions.Latest);
        if (poll is null || poll.ContentType != ContentTypes.Poll) return NotFound();
        var rows = PollExport.Rows(poll.As<PollPart>(), await results.ByDayAsync(contentItemId));
        var name = $"poll-{contentItemId}-{DateTime.UtcNow:yyyyMMdd}";
        return format == "csv"
            ? File(TableFile.Csv(rows), "text/csv; charset=utf-8", name + ".csv")
            : File(TableFile.Xlsx(rows, "Poll"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
    }
}
