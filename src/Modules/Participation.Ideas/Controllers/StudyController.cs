using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Admin;
using Participation.ContentManagement;
using Participation.Data;
using Participation.Ideas.Models;
using Participation.Ideas.Services;
using Participation.Ideas.ViewModels;
using Participation.Notify;
using Participation.Security;

namespace Participation.Ideas.Controllers;

/// <summary>The department's study of a topic's ideas, most supported first: a new status and the official answer for each.</summary>
[Admin, Area("Participation.Ideas"), Route("admin/ideas/study")]
public sealed class StudyController(IContentManager contentManager, IDataSession session, IdeaAnswering answering, IAuthorizationService authorization, INotifier notifier, IStringLocalizer<StudyController> T) : Controller
{
    private const int Shown = 200;

    [HttpGet("{topicId}")]
    public async Task<IActionResult> Index(string topicId)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.AnswerIdeas)) return Forbid();
        var topic = await contentManager.GetAsync(topicId, VersionOptions.Latest);
        if (topic is not { ContentType: ContentTypes.IdeaTopic }) return NotFound();
        var rows = await session.Set<IdeaIndex>().AsNoTracking().Where(x => x.TopicId == topicId && IdeaStatus.Listed.Contains(x.Status))
            .OrderByDescending(x => x.Supports).ThenBy(x => x.ContentItemId).Take(Shown).ToListAsync();
        return View(new StudyViewModel { Topic = topic, Ideas = rows, CanMerge = await authorization.AuthorizeAsync(User, Permissions.ReviewIdeas) });
    }

    [HttpPost("{topicId}/{ideaId}/answer")]
    public async Task<IActionResult> Answer(string topicId, string ideaId, string? status, string? answer)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.AnswerIdeas)) return Forbid();
        if (await answering.AnswerAsync(ideaId, status, answer) is { } problem) notifier.Error(T[problem.Message, problem.Arguments]);
        else notifier.Success(T["The answer is published; the author, the supporters and the followers are emailed."]);
        return LocalRedirect($"/admin/ideas/study/{topicId}#study-{ideaId}");
    }
}
