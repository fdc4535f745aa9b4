using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Admin;
using Participation.AuditTrail;
using Participation.Data;
using Participation.Email.Models;
using Participation.Email.Services;
using Participation.Email.ViewModels;
using Participation.Security;
using Participation.Notify;

namespace Participation.Email.Controllers;

/// <summary>SMTP settings and the outbox: what waits, what went, what failed and why.</summary>
[Admin, Area("Participation.Email"), Route("admin/email")]
public sealed class AdminController(
    IDataSession session,
    SmtpSettingsStore smtpStore,
    OutboxSignal signal,
    IEmailSender emailSender,
    IAuthorizationService authorizationService,
    IAuditTrail auditTrail,
    TimeProvider clock,
    INotifier notifier,
    IStringLocalizer<AdminController> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(OutboxStatus? status)
    {
        if (!await CanAsync()) return Forbid();
        return View(await BuildAsync(status, null));
    }

    [HttpPost("smtp")]
    public async Task<IActionResult> SaveSmtp([Bind(Prefix = "Smtp")] SmtpFormViewModel form)
    {
        if (!await CanAsync()) return Forbid();
        if (!ModelState.IsValid) return View(nameof(Index), await BuildAsync(null, form));
        var saved = await smtpStore.LoadSavedAsync();
        await smtpStore.SaveAsync(new SmtpSettings
        {
            Host = form.Host ?? "", Port = form.Port, Security = form.Security, UserName = form.UserName ?? "",
            Password = string.IsNullOrEmpty(form.Password) ? saved?.Password ?? "" : form.Password, Sender = form.Sender ?? "",
        });
        await auditTrail.RecordAsync("Settings", "SmtpChanged");
        notifier.Success(T["SMTP settings saved."]);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("test")]
    public async Task<IActionResult> SendTest(string? to)
    {
        if (!await CanAsync()) return Forbid();
        if (string.IsNullOrWhiteSpace(to) || !System.Net.Mail.MailAddress.TryCreate(to.Trim(), out _))
        {
            notifier.Error(T["Enter a valid email address."]);
            return RedirectToAction(nameof(Index));
        }
        await emailSender.SendAsync(new MailMessage
        {
            To = [to.Trim()],
            Subject = T["Test email from the participation platform"],
            TextBody = T["If you can read this, the platform's email works."],
            Culture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
        });
        notifier.Success(T["A test email was queued. Its status shows below."]);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:long}/retry")]
    public async Task<IActionResult> Retry(long id)
    {
        if (!await CanAsync()) return Forbid();
        var now = clock.GetUtcNow().UtcDateTime;
        var updated = await session.Set<OutboxMessage>().Where(m => m.Id == id && m.Status == OutboxStatus.Failed)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Pending).SetProperty(m => m.Attempts, 0).SetProperty(m => m.NextAttemptUtc, now));
        if (updated == 0) return NotFound();
        signal.Wake();
        notifier.Success(T["The email will be sent again."]);
        return RedirectToAction(nameof(Index), new { status = OutboxStatus.Failed });
    }

    private async Task<EmailAdminViewModel> BuildAsync(OutboxStatus? status, SmtpFormViewModel? form)
    {
        var saved = await smtpStore.LoadSavedAsync();
        var effective = await smtpStore.GetAsync();
        var query = session.Set<OutboxMessage>().AsNoTracking();
        if (status is { } s) query = query.Where(m => m.Status == s);
        var counts = await session.Set<OutboxMessage>().GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
        return new EmailAdminViewModel
        {
            Smtp = form ?? new SmtpFormViewModel { Host = effective.Host, Port = effective.Port, Security = effective.Security, UserName = effective.UserName, Sender = effective.Sender },
            UsesConfiguration = saved is not { IsConfigured: true } && effective.IsConfigured,
            Messages = await query.OrderByDescending(m => m.Id).Take(100).ToListAsync(),
            Counts = counts,
            Status = status,
        };
    }

    private Task<bool> CanAsync() => authorizationService.AuthorizeAsync(User, Permissions.ManageEmail);
}
