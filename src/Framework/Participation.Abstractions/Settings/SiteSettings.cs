namespace Participation.Settings;

/// <summary>Site-wide settings, edited in the admin and set by the <c>settings</c> recipe step.</summary>
public sealed class SiteSettings
{
    public string SiteName { get; set; } = "منصة المشاركة";
    public string SiteNameEn { get; set; } = "Participation";
    /// <summary>The agency behind the site, shown in the footer.</summary>
    public string AgencyName { get; set; } = "";
    public string AgencyNameEn { get; set; } = "";
    public string SupportEmail { get; set; } = "";
    public string DefaultCulture { get; set; } = "ar";
    /// <summary>Citizens may create accounts on the public site.</summary>
    public bool AllowRegistration { get; set; } = true;
    public PasswordSettings Password { get; set; } = new();
    /// <summary>The agency's logo in the file store (header and home page), or empty; its name changes with each upload.</summary>
    public string LogoFile { get; set; } = "";

    /// <summary>Where the logo is served, its name in the address so a new logo gets a new address; null without one.</summary>
    public string? LogoUrl() => LogoFile.Length == 0 ? null : "/site/logo?v=" + Path.GetFileNameWithoutExtension(LogoFile);
    /// <summary>Contact details for the footer.</summary>
    public string ContactPhone { get; set; } = "";
    public string ContactAddress { get; set; } = "";
    public string ContactAddressEn { get; set; } = "";
}

/// <summary>Password rules for new and changed passwords.</summary>
public sealed class PasswordSettings
{
    public int RequiredLength { get; set; } = 10;
    public bool RequireDigit { get; set; } = true;
    public bool RequireUppercase { get; set; } = false;
    public bool RequireLowercase { get; set; } = true;
    public bool RequireNonAlphanumeric { get; set; } = false;
}

public interface ISiteService
{
    Task<SiteSettings> GetSettingsAsync();
    Task UpdateSettingsAsync(SiteSettings settings);
}
