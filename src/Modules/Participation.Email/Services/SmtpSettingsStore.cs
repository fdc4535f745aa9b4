using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Participation.Data;

namespace Participation.Email.Services;

/// <summary>SMTP settings saved from the admin (password encrypted), else those from configuration.</summary>
public sealed class SmtpSettingsStore(ISiteDocuments documents, IOptions<EmailOptions> options, IDataProtectionProvider protection)
{
    private const string DocumentType = "Participation.Email.SmtpSettings";
    private readonly IDataProtector _protector = protection.CreateProtector("Participation.Email.SmtpPassword");

    public async Task<SmtpSettings> GetAsync()
    {
        var saved = await LoadSavedAsync();
        if (saved is { IsConfigured: true }) return saved;
        return options.Value.Smtp;
    }

    /// <summary>What the admin saved, with the password decrypted for sending; null when nothing was saved.</summary>
    public async Task<SmtpSettings?> LoadSavedAsync()
    {
        var settings = await documents.LoadAsync<SmtpSettings>(DocumentType);
        if (settings is null) return null;
        if (settings.Password.Length > 0) settings.Password = _protector.Unprotect(settings.Password);
        return settings;
    }

    public async Task SaveAsync(SmtpSettings settings)
    {
        await documents.SaveAsync(DocumentType, new SmtpSettings
        {
            Host = settings.Host.Trim(), Port = settings.Port, Security = settings.Security, UserName = settings.UserName.Trim(),
            Password = settings.Password.Length > 0 ? _protector.Protect(settings.Password) : "", Sender = settings.Sender.Trim(),
        });
    }
}
