using Participation.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Participation.Admin;
using Participation.Comments;
using Participation.ContentManagement.Metadata;
using Participation.Localization;
using Participation.Moderation.Models;
using Participation.Moderation.Services;
using Participation.Moderation.ViewModels;
using Participation.Notify;
using Participation.Security;
using Participation.Users;

namespace Participation.Moderation.Controllers;

/// <summary>The moderation queue, bans, and the policy (reasons, lexicon, settings).</summary>
[Admin, Area("Participation.Moderation"), Route("admin/moderation")]
public sealed class AdminController(
    ModerationQueue queue,
    BanList banList,
    ModerationPolicy policy,
    IModerationReasons reasons,
    IModerationSettingsStore settingsStore,
    IContentDefinitionManager definitions,
    UserManager<ParticipationUser> users,
    IAuthorizationService authorizationService,
    IDateDisplay dates,
    INotifier notifier,
    IStringLocalizer<AdminController> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(QueueTab tab = QueueTab.Pending, string? contentItemId = null, string? reason = null, int? olderThanHours = null, string? after = null)
    {
        if (!await CanAsync(Permissions.ModerateContributions)) return Forbid();
        if (olderThanHours is < 0 or > ModerationQueue.MaxOlderThanHours) return BadRequest();
        return View(new QueueViewModel
        {
            Tab = tab, ContentItemId = contentItemId, Reason = reason, OlderThanHours = olderThanHours,
            Page = await queue.ListAsync(tab, contentItemId, reason, olderThanHours, KeysetCursor.Parse(after)),
            FirstPage = after is null,
            TabCounts = await queue.TabCountsAsync(),
            Reasons = await reasons.ListAsync(),
            BanSuggestionAt = await queue.ViolationsBeforeBanSuggestionAsync(),
        });
    }

    /// <summary>One decision for the selected comments (or the one whose button was pressed).</summary>
    [HttpPost("decide")]
    public async Task<IActionResult> Decide([FromForm] List<long> ids, long? id, string decision, string? reason, QueueTab tab)
    {
        if (!await CanAsync(Permissions.ModerateContributions)) return Forbid();
        var selected = id is { } one ? [one] : ids;
        if (selected.Count == 0)
        {
            notifier.Error(T["Select at least one contribution."]);
            return RedirectToAction(nameof(Index), new { tab });
        }
        var moderator = User.Identity!.Name!;
        switch (decision)
        {
            case "approve": await queue.ApproveAsync(selected, moderator); break;
            case "restore": await queue.RestoreAsync(selected, moderator); break;
            case "hide":
                if (string.IsNullOrEmpty(reason) || !(await reasons.ListAsync()).Any(r => r.Key == reason))
                {
                    notifier.Error(T["Choose the reason for hiding."]);
                    return RedirectToAction(nameof(Index), new { tab });
                }
                await queue.HideAsync(selected, moderator, reason);
                break;
            default: return BadRequest();
        }
        notifier.Success(T.Plural(selected.Count, "1 contribution updated.", "{0} contributions updated."));
        return RedirectToAction(nameof(Index), new { tab });
    }

    [HttpPost("{id:long}/edit")]
    public async Task<IActionResult> Edit(long id, string? text, QueueTab tab)
    {
        if (!await CanAsync(Permissions.ModerateContributions)) return Forbid();
        if (await queue.EditAsync(id, text ?? "", User.Identity!.Name!)) notifier.Success(T["Saved; the text as it was is kept in the audit trail."]);
        else notifier.Error(string.IsNullOrWhiteSpace(text) ? T["The text cannot be empty."] : T["Not saved: a contribution is at most {0} characters.", Participation.Comments.CommentLimits.MaxLength]);
        return RedirectToAction(nameof(Index), new { tab });
    }

    [HttpGet("bans")]
    public async Task<IActionResult> Bans(string? userId)
    {
        if (!await CanAsync(Permissions.ModerateContributions)) return Forbid();
        var rows = (await banList.ActiveAsync()).Select(b => new BanRow(b.Ban, b.User?.UserName ?? b.Ban.UserId, b.User?.DisplayName ?? "")).ToList();
        var target = userId is null ? null : await users.FindByIdAsync(userId);
        return View(new BansViewModel { Bans = rows, Reasons = await reasons.ListAsync(), UserId = target?.Id, UserLabel = target is null ? null : $"{target.DisplayName} ({target.UserName})" });
    }

    [HttpPost("bans")]
    public async Task<IActionResult> Ban(string? userId, string? reason, DateTime? until, bool permanent, string? note)
    {
        if (!await CanAsync(Permissions.ModerateContributions)) return Forbid();
        var refusal = await banList.BanAsync(new BanRequest(userId, reason, until is { } end ? dates.ToUtc(end) : null, permanent, note, User.Identity!.Name!));
        if (refusal != BanRefusal.None)
        {
            notifier.Error(refusal switch
            {
                BanRefusal.NoParticipant => T["Choose the participant to ban from the queue."],
                BanRefusal.StaffAccount => T["Staff accounts cannot be banned; change their roles instead."],
                BanRefusal.NoReason => T["Choose the reason for the ban."],
                _ => T["Give an end date in the future, or make the ban permanent."],
            });
            return RedirectToAction(nameof(Bans), new { userId });
        }
        notifier.Success(T["The participant is banned and will be told why when they try to take part."]);
        return RedirectToAction(nameof(Bans));
    }

    [HttpPost("bans/{id:long}/lift")]
    public async Task<IActionResult> Lift(long id)
    {
        if (!await CanAsync(Permissions.ModerateContributions)) return Forbid();
        if (!await banList.LiftAsync(id)) return NotFound();
        notifier.Success(T["Ban lifted."]);
        return RedirectToAction(nameof(Bans));
    }

    [HttpGet("policy")]
    public async Task<IActionResult> Policy()
    {
        if (!await CanAsync(Permissions.ManageModerationPolicy)) return Forbid();
        return View(new PolicyViewModel
        {
            Reasons = await policy.ReasonsAsync(),
            Lexicon = await policy.LexiconAsync(),
            Settings = await settingsStore.GetAsync(),
            ContentTypes = definitions.ListTypes().Where(t => t.HasPart(nameof(CommentsPart))).Select(t => (t.Name, t.DisplayName)).ToList(),
        });
    }

    [HttpPost("policy/reasons")]
    public async Task<IActionResult> SaveReason(long? id, string? key, string? nameAr, string? nameEn, bool isActive)
    {
        if (!await CanAsync(Permissions.ManageModerationPolicy)) return Forbid();
        if (string.IsNullOrWhiteSpace(nameAr) || string.IsNullOrWhiteSpace(nameEn))
        {
            notifier.Error(T["A reason needs an Arabic and an English name."]);
            return RedirectToAction(nameof(Policy));
        }
        if (!await policy.SaveReasonAsync(id, key, nameAr, nameEn, isActive))
        {
            notifier.Error(T["A new reason needs a key of its own: lower-case Latin letters, digits and '-'."]);
            return RedirectToAction(nameof(Policy));
        }
        notifier.Success(T["Reason saved."]);
        return RedirectToAction(nameof(Policy));
    }

    [HttpPost("policy/lexicon")]
    public async Task<IActionResult> SaveLexicon(string? terms)
    {
        if (!await CanAsync(Permissions.ManageModerationPolicy)) return Forbid();
        await policy.SaveLexiconAsync(terms);
        notifier.Success(T["Lexicon saved."]);
        return RedirectToAction(nameof(Policy));
    }

    [HttpPost("policy/settings")]
    public async Task<IActionResult> SaveSettings([FromForm] Dictionary<string, ModerationMode> modes, int reportsToHide, bool maskPersonalData, int burstLimit, int burstMinutes)
    {
        if (!await CanAsync(Permissions.ManageModerationPolicy)) return Forbid();
        if (reportsToHide is < 1 or > 100 || burstLimit is < 1 or > 1000 || burstMinutes is < 1 or > 1440)
        {
            notifier.Error(T["Use whole numbers: reports 1–100, contributions 1–1000, minutes 1–1440."]);
            return RedirectToAction(nameof(Policy));
        }
        var settings = await settingsStore.GetAsync();
        settings.Modes = modes;
        settings.ReportsToHide = reportsToHide;
        settings.MaskPersonalData = maskPersonalData;
        settings.BurstLimit = burstLimit;
        settings.BurstMinutes = burstMinutes;
        await settingsStore.SaveAsync(settings);
        notifier.Success(T["Settings saved."]);
        return RedirectToAction(nameof(Policy));
    }

    private Task<bool> CanAsync(Permission permission) => authorizationService.AuthorizeAsync(User, permission);
}
