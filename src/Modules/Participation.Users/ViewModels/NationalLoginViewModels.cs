using System.ComponentModel.DataAnnotations;
using Participation.Users.Domain;
using Participation.Users.Models;

namespace Participation.Users.ViewModels;

/// <summary>A national login button: posts to <c>/account/national-login/{Key}</c>.</summary>
public sealed record NationalLoginButton(string Key, string Label);

/// <summary>The last step of a first national sign-in: the account's display name and email.</summary>
public sealed class NationalLoginFinishViewModel
{
    [Required(ErrorMessage = "Enter your name as it should appear with your contributions.")]
    [StringLength(100, ErrorMessage = "The name is at most 100 characters.")]
    [WithoutPersonalData(ErrorMessage = "The name is shown on public pages: leave out phone numbers, email addresses and other personal data.")]
    [Display(Name = "Display name")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [Display(Name = "Email")]
    public string Email { get; set; } = "";

    [Range(typeof(bool), "true", "true", ErrorMessage = "Accept the participation policy to create an account.")]
    [Display(Name = "I have read and accept the participation policy")]
    public bool AcceptPolicy { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class NationalLoginProblemViewModel
{
    public required NationalLoginProblem Problem { get; init; }
}

/// <summary>The admin's settings page: every provider, the configured ones read-only, and an empty one to add.</summary>
public sealed class NationalLoginSettingsViewModel
{
    public List<NationalLoginProvider> Providers { get; set; } = [];
    public bool StaffOnly { get; set; }
    /// <summary>Keys of the providers to remove.</summary>
    public List<string> Remove { get; set; } = [];
}
