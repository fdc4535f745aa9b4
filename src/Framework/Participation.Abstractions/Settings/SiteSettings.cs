namespace Participation.Settings;

/// <summary>
/// Site-wide settings, edited in the admin and set by the <c>settings</c> recipe step. Immutable:
/// every page reads one shared copy; a change is a new value (<c>settings with { … }</c>) saved
/// through <see cref="ISiteService.UpdateSettingsAsync"/>.
/// </summary>
public sealed record SiteSettings
{
    public string SiteName { get; init; } = "منصة المشاركة";
    public string SiteNameEn { get; init; } = "Participation";
    /// <summary>The agency behind the site, shown in the footer.</summary>
    public string AgencyName { get; init; } = "";
    public string AgencyNameEn { get; init; } = "";
    public string SupportEmail { get; init; } = "";
    public string DefaultCulture { get; init; } = "ar";
    /// <summary>Citizens may create accounts on the public site.</summary>
    public bool AllowRegistration { get; init; } = true;
    public PasswordSettings Password { get; init; } = new();
    /// <summary>The agency's logo in the file store (header and home page), or empty; its name changes with each upload.</summary>
    public string LogoFile { get; init; } = "";

    /// <summary>Where the logo is served, its name in the address so a new logo gets a new address; null without one.</summary>
    public string? LogoUrl() => LogoFile.Length == 0 ? null : "/site/logo?v=" + Path.GetFileNameWithoutExtension(LogoFile);
    /// <summary>Contact details for the footer.</summary>
    public string ContactPhone { get; init; } = "";
    public string ContactAddress { get; init; } = "";
    public string ContactAddressEn { get; init; } = "";
}

/// <summary>Password rules for new and changed passwords.</summary>
public sealed record PasswordSettings
{
    public int RequiredLength { get; init; } = 10;
    public bool RequireDigit { get; init; } = true;
    public bool RequireUppercase { get; init; } = false;
    public bool RequireLowercase { get; init; } = true;
    public bool RequireNonAlphanumeric { get; init; } = false;
}

public interface ISiteService
{
    Task<SiteSettings> GetSettingsAsync();
    Task UpdateSettingsAsync(SiteSettings settings);
}
