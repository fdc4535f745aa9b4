using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Admin;
using Participation.AuditTrail;
using Participation.Comments;
using Participation.ContentManagement.Metadata;
using Participation.Data;
using Participation.Localization;
using Participation.Moderation.Models;
using Participation.Moderation.Services;
using Participation.Moderation.ViewModels;
using Participation.Security;
using Participation.Users;

namespace Participation.Moderation.Controllers;

/// <summary>The moderation queue, bans, and the policy (reasons, lexicon, settings).</summary>
[Admin, Area("Participation.Moderation"), Route("admin/moderation")]
public sealed class AdminController(
    ModerationQueue queue,
    IDataSession session,
    IModerationSettingsStore settingsStore,
    IContentDefinitionManager definitions,
    UserManager<ParticipationUser> users,
    IAuthorizationService authorizationService,
    IAuditTrail audit,
    IDateDisplay dates,
    TimeProvider clock,
    IStringLocalizer<AdminController> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(QueueTab tab = QueueTab.Pending, string? contentItemId = null, string? reason = null, int? olderThanHours = null)
    {
        if (!await CanAsync(Permissions.ModerateContributions)) return Forbid();
        return View(new QueueViewModel
        {
            Tab = tab, ContentItemId = contentItemId, Reason = reason, OlderThanHours = olderThanHours,
            Entries = await queue.ListAsync(tab, contentItemId, reason, olderThanHours),
            Reasons = await Reasons().ToListAsync(),
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
            TempData["Error"] = T["Select at least one contribution."].Value;
            return RedirectToAction(nameof(Index), new { tab });
        }
        var moderator = User.Identity!.Name!;
        switch (decision)
        {
            case "approve": await queue.ApproveAsync(selected, moderator); break;
            case "restore": await queue.RestoreAsync(selected, moderator); break;
            case "hide":
                if (string.IsNullOrEmpty(reason) || !await Reasons().AnyAsync(r => r.Key == reason))
                {
                    TempData["Error"] = T["Choose the reason for hiding."].Value;
                    return RedirectToAction(nameof(Index), new { tab });
                }
                await queue.HideAsync(selected, moderator, reason);
                break;
            default: return BadRequest();
        }
        TempData["Notice"] = T["{0} contributions updated.", selected.Count].Value;
        return RedirectToAction(nameof(Index), new { tab });
    }

    [HttpPost("{id:long}/edit")]
    public async Task<IActionResult> Edit(long id, string? text, QueueTab tab)
    {
        if (!await CanAsync(Permissions.ModerateContributions)) return Forbid();
        TempData[await queue.EditAsync(id, text ?? "", User.Identity!.Name!) ? "Notice" : "Error"] =
            string.IsNullOrWhiteSpace(text) ? T["The text cannot be empty."].Value : T["Saved; the text as it was is kept in the audit trail."].Value;
        return RedirectToAction(nameof(Index), new { tab });
    }

    [HttpGet("bans")]
    public async Task<IActionResult> Bans(string? userId)
    {
        if (!await CanAsync(Permissions.ModerateContributions)) return Forbid();
        var now = clock.GetUtcNow().UtcDateTime;
        var bans = await session.Set<Ban>().AsNoTracking().Where(b => b.LiftedUtc == null && (b.EndsUtc == null || b.EndsUtc > now)).OrderByDescending(b => b.Id).ToListAsync();
        var rows = new List<BanRow>();
        foreach (var ban in bans)
        {
            var user = await users.FindByIdAsync(ban.UserId);
            rows.Add(new BanRow(ban, user?.UserName ?? ban.UserId, user?.DisplayName ?? ""));
        }
        var target = userId is null ? null : await users.FindByIdAsync(userId);
        return View(new BansViewModel { Bans = rows, Reasons = await Reasons().ToListAsync(), UserId = target?.Id, UserLabel = target is null ? null : $"{target.DisplayName} ({target.UserName})" });
    }

    [HttpPost("bans")]
    public async Task<IActionResult> Ban(string? userId, string? reason, DateTime? until, bool permanent, string? note)
    {
        if (!await CanAsync(Permissions.ModerateContributions)) return Forbid();
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        string? error = null;
        if (user is null) error = T["Choose the participant to ban from the queue."].Value;
        else if ((await users.GetRolesAsync(user)).Count > 0) error = T["Staff accounts cannot be banned; change their roles instead."].Value;
        else if (string.IsNullOrEmpty(reason) || !await Reasons().AnyAsync(r => r.Key == reason)) error = T["Choose the reason for the ban."].Value;
        else if (!permanent && (until is null || dates.ToUtc(until.Value) <= clock.GetUtcNow().UtcDateTime)) error = T["Give an end date in the future, or make the ban permanent."].Value;
        if (error is not null)
        {
            TempData["Error"] = error;
            return RedirectToAction(nameof(Bans), new { userId });
        }
        session.Set<Ban>().Add(new Ban
        {
            UserId = user!.Id, Reason = reason!, Note = note?.Trim(), EndsUtc = permanent ? null : dates.ToUtc(until!.Value),
            CreatedBy = User.Identity!.Name!, CreatedUtc = clock.GetUtcNow().UtcDateTime,
        });
        await session.SaveChangesAsync();
        await audit.RecordAsync("Moderation", "Banned", $"{user.UserName}: {reason}{(permanent ? "" : $" until {until:yyyy-MM-dd}")}");
        TempData["Notice"] = T["The participant is banned and will be told why when they try to take part."].Value;
        return RedirectToAction(nameof(Bans));
    }

    [HttpPost("bans/{id:long}/lift")]
    public async Task<IActionResult> Lift(long id)
    {
        if (!await CanAsync(Permissions.ModerateContributions)) return Forbid();
        var ban = await session.Set<Ban>().FirstOrDefaultAsync(b => b.Id == id);
        if (ban is null) return NotFound();
        ban.LiftedUtc = clock.GetUtcNow().UtcDateTime;
        await session.SaveChangesAsync();
        await audit.RecordAsync("Moderation", "BanLifted", $"#{id}");
        TempData["Notice"] = T["Ban lifted."].Value;
        return RedirectToAction(nameof(Bans));
    }

    [HttpGet("policy")]
    public async Task<IActionResult> Policy()
    {
        if (!await CanAsync(Permissions.ManageModerationPolicy)) return Forbid();
        return View(new PolicyViewModel
        {
            Reasons = await session.Set<ModerationReason>().AsNoTracking().OrderBy(r => r.Position).ToListAsync(),
            Lexicon = string.Join("\n", await session.Set<LexiconTerm>().OrderBy(t => t.Term).Select(t => t.Term).ToListAsync()),
            Settings = await settingsStore.GetAsync(),
            ContentTypes = definitions.ListTypes().Where(t => t.HasPart(typeof(CommentsPart))).Select(t => (t.Name, t.DisplayName)).ToList(),
        });
    }

    [HttpPost("policy/reasons")]
    public async Task<IActionResult> SaveReason(long? id, string? key, string? nameAr, string? nameEn, bool isActive)
    {
        if (!await CanAsync(Permissions.ManageModerationPolicy)) return Forbid();
        if (string.IsNullOrWhiteSpace(nameAr) || string.IsNullOrWhiteSpace(nameEn))
        {
            TempData["Error"] = T["A reason needs an Arabic and an English name."].Value;
            return RedirectToAction(nameof(Policy));
        }
        var reason = id is null ? null : await session.Set<ModerationReason>().FirstOrDefaultAsync(r => r.Id == id);
        if (reason is null)
        {
            if (string.IsNullOrWhiteSpace(key) || !key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') || await session.Set<ModerationReason>().AnyAsync(r => r.Key == key))
            {
                TempData["Error"] = T["A new reason needs a key of its own: lower-case Latin letters, digits and '-'."].Value;
                return RedirectToAction(nameof(Policy));
            }
            session.Set<ModerationReason>().Add(reason = new ModerationReason { Key = key, Position = await session.Set<ModerationReason>().CountAsync() });
        }
        reason.NameAr = nameAr.Trim();
        reason.NameEn = nameEn.Trim();
        reason.IsActive = id is null || isActive;
        await session.SaveChangesAsync();
        TempData["Notice"] = T["Reason saved."].Value;
        return RedirectToAction(nameof(Policy));
    }

    [HttpPost("policy/lexicon")]
    public async Task<IActionResult> SaveLexicon(string? terms)
    {
        if (!await CanAsync(Permissions.ManageModerationPolicy)) return Forbid();
        var wanted = (terms ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(t => t.Length <= 100).ToHashSet();
        var existing = await session.Set<LexiconTerm>().ToListAsync();
        session.Set<LexiconTerm>().RemoveRange(existing.Where(t => !wanted.Contains(t.Term)));
        foreach (var term in wanted.Except(existing.Select(t => t.Term))) session.Set<LexiconTerm>().Add(new LexiconTerm { Term = term, CreatedUtc = clock.GetUtcNow().UtcDateTime });
        await session.SaveChangesAsync();
        await audit.RecordAsync("Moderation", "LexiconChanged", $"{wanted.Count}");
        TempData["Notice"] = T["Lexicon saved."].Value;
        return RedirectToAction(nameof(Policy));
    }

    [HttpPost("policy/settings")]
    public async Task<IActionResult> SaveSettings([FromForm] Dictionary<string, ModerationMode> modes, int reportsToHide, bool maskPersonalData, int burstLimit, int burstMinutes)
    {
        if (!await CanAsync(Permissions.ManageModerationPolicy)) return Forbid();
        if (reportsToHide is < 1 or > 100 || burstLimit is < 1 or > 1000 || burstMinutes is < 1 or > 1440)
        {
            TempData["Error"] = T["Use whole numbers: reports 1–100, contributions 1–1000, minutes 1–1440."].Value;
            return RedirectToAction(nameof(Policy));
        }
        var settings = await settingsStore.GetAsync();
        settings.Modes = modes;
        settings.ReportsToHide = reportsToHide;
        settings.MaskPersonalData = maskPersonalData;
        settings.BurstLimit = burstLimit;
        settings.BurstMinutes = burstMinutes;
        await settingsStore.SaveAsync(settings);
        TempData["Notice"] = T["Settings saved."].Value;
        return RedirectToAction(nameof(Policy));
    }

    private IQueryable<ModerationReason> Reasons() => session.Set<ModerationReason>().AsNoTracking().Where(r => r.IsActive).OrderBy(r => r.Position);

    private Task<bool> CanAsync(Permission permission) => authorizationService.AuthorizeAsync(User, permission);
}
