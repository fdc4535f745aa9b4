using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Participation.Admin;
using Participation.Ideas.Services;
using Participation.Ideas.ViewModels;
using Participation.Moderation;
using Participation.Notify;
using Participation.Security;

namespace Participation.Ideas.Controllers;

/// <summary>The moderators' review of submitted ideas: oldest first, with screening's findings and possible duplicates.</summary>
[Admin, Area("Participation.Ideas"), Route("admin/ideas/review")]
public sealed class ReviewController(IdeaReview review, IModerationReasons reasons, IAuthorizationService authorization, INotifier notifier, IStringLocalizer<ReviewController> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ReviewIdeas)) return Forbid();
        var culture = System.Globalization.CultureInfo.CurrentUICulture.Name;
        return View(new ReviewViewModel { Entries = await review.PendingAsync(), Reasons = [.. (await reasons.ListAsync()).Select(r => (r.Key, r.Name(culture)))] });
    }

    [HttpPost("{ideaId}/approve")]
    public async Task<IActionResult> Approve(string ideaId)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ReviewIdeas)) return Forbid();
        if (await review.ApproveAsync(ideaId)) notifier.Success(T["The idea is published."]);
        else notifier.Error(T["That idea is no longer waiting for review."]);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{ideaId}/refuse")]
    public async Task<IActionResult> Refuse(string ideaId, string? reason)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ReviewIdeas)) return Forbid();
        if (string.IsNullOrEmpty(reason)) notifier.Error(T["Choose the reason for refusing the idea."]);
        else if (await review.RefuseAsync(ideaId, reason)) notifier.Success(T["The idea was refused; its author sees the reason."]);
        else notifier.Error(T["That idea is no longer waiting for review."]);
        return RedirectToAction(nameof(Index));
    }
}
