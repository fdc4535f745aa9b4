using System.ComponentModel.DataAnnotations;
using Participation.AuditTrail;

namespace Participation.Admin.ViewModels;

public sealed record ContentCount(string Type, string DisplayName, int Published, int Drafts);

public sealed class DashboardViewModel
{
    public required IReadOnlyList<ContentCount> Content { get; init; }
    public int Users { get; init; }
    public int UsersThisWeek { get; init; }
    public required IReadOnlyList<AuditTrailEntry> Recent { get; init; }
    public bool CanSeeAudit { get; init; }
}

public sealed class SettingsViewModel
{
    [Required(ErrorMessage = "Enter the site name.")]
    [StringLength(200, ErrorMessage = "The site name is at most 200 characters.")]
    [Display(Name = "Site name (Arabic)")]
    public string SiteName { get; set; } = "";

    [Required(ErrorMessage = "Enter the site name.")]
    [StringLength(200, ErrorMessage = "The site name is at most 200 characters.")]
    [Display(Name = "Site name (English)")]
    public string SiteNameEn { get; set; } = "";

    [StringLength(200, ErrorMessage = "The name is at most 100 characters.")]
    [Display(Name = "Agency (Arabic)")]
    public string AgencyName { get; set; } = "";

    [StringLength(200, ErrorMessage = "The name is at most 100 characters.")]
    [Display(Name = "Agency (English)")]
    public string AgencyNameEn { get; set; } = "";

    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [Display(Name = "Support email")]
    public string? SupportEmail { get; set; }

    [Display(Name = "Citizens may create accounts")]
    public bool AllowRegistration { get; set; }

    [Range(8, 128, ErrorMessage = "Choose a length between 8 and 128.")]
    [Display(Name = "Minimum password length")]
    public int PasswordLength { get; set; }

    [Display(Name = "Require a digit")]
    public bool RequireDigit { get; set; }

    [Display(Name = "Require a letter")]
    public bool RequireLowercase { get; set; }

    [Display(Name = "Require an uppercase Latin letter")]
    public bool RequireUppercase { get; set; }

    [Display(Name = "Require a symbol")]
    public bool RequireNonAlphanumeric { get; set; }

    [StringLength(40, ErrorMessage = "The phone number is at most 40 characters.")]
    [Display(Name = "Contact phone")]
    public string? ContactPhone { get; set; }

    [StringLength(300, ErrorMessage = "The address is at most 300 characters.")]
    [Display(Name = "Address (Arabic)")]
    public string? ContactAddress { get; set; }

    [StringLength(300, ErrorMessage = "The address is at most 300 characters.")]
    [Display(Name = "Address (English)")]
    public string? ContactAddressEn { get; set; }

    /// <summary>Shown beside the upload: the current logo's address, when there is one.</summary>
    public string? LogoUrl { get; set; }

    [Display(Name = "Remove the logo")]
    public bool RemoveLogo { get; set; }
}
