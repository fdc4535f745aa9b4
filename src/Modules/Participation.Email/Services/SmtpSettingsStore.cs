using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Participation.Data;

namespace Participation.Email.Services;

/// <summary>SMTP settings saved from the admin (password encrypted), else those from configuration.</summary>
public sealed class SmtpSettingsStore(IDataSession session, IOptions<EmailOptions> options, IDataProtectionProvider protection)
{
    private const string DocumentType = "Participation.Email.SmtpSettings";
    private readonly IDataProtector _protector = protection.CreateProtector("Participation.Email.SmtpPassword");

    public async Task<SmtpSettings> GetAsync()
    {
        var saved = await LoadSavedAsync();
        if (saved is { IsConfigured: true }) return saved;
        return options.Value.Smtp;
    }

    /// <summary>What the admin saved (password left out), for the settings form.</summary>
    public async Task<SmtpSettings?> LoadSavedAsync()
    {
        var document = await session.Set<SiteDocument>().FindAsync(DocumentType);
        if (document is null) return null;
        var settings = JsonSerializer.Deserialize<SmtpSettings>(document.Content)!;
        if (settings.Password.Length > 0) settings.Password = _protector.Unprotect(settings.Password);
        return settings;
    }

    public async Task SaveAsync(SmtpSettings settings)
    {
        var stored = JsonSerializer.Serialize(new SmtpSettings
        {
            Host = settings.Host.Trim(), Port = settings.Port, Security = settings.Security, UserName = settings.UserName.Trim(),
            Password = settings.Password.Length > 0 ? _protector.Protect(settings.Password) : "", Sender = settings.Sender.Trim(),
        });
        var document = await session.Set<SiteDocument>().FindAsync(DocumentType);
        if (document is null) session.Set<SiteDocument>().Add(new SiteDocument { Type = DocumentType, Content = stored });
        else document.Content = stored;
        await session.SaveChangesAsync();
    }
}
