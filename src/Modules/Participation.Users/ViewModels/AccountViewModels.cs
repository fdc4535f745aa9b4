using System.ComponentModel.DataAnnotations;

namespace Participation.Users.ViewModels;

public sealed class RegisterViewModel
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

    [Required(ErrorMessage = "Enter a password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Repeat the password.")]
    [DataType(DataType.Password)]
    [Compare(nameof(Password), ErrorMessage = "The two passwords differ.")]
    [Display(Name = "Repeat the password")]
    public string ConfirmPassword { get; set; } = "";

    [Range(typeof(bool), "true", "true", ErrorMessage = "Accept the participation policy to create an account.")]
    [Display(Name = "I have read and accept the participation policy")]
    public bool AcceptPolicy { get; set; }
}

public sealed class LoginViewModel
{
    [Required(ErrorMessage = "Enter your email or user name.")]
    [Display(Name = "Email or user name")]
    public string Login { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = "";

    [Display(Name = "Keep me signed in")]
    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }

    /// <summary>The national login providers' buttons, shown under the password form.</summary>
    public IReadOnlyList<NationalLoginButton> NationalLogins { get; set; } = [];
}

public sealed class ForgotPasswordViewModel
{
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [Display(Name = "Email")]
    public string Email { get; set; } = "";
}

public sealed class ResetPasswordViewModel
{
    public string UserId { get; set; } = "";
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Enter a password.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Repeat the password.")]
    [DataType(DataType.Password)]
    [Compare(nameof(Password), ErrorMessage = "The two passwords differ.")]
    [Display(Name = "Repeat the password")]
    public string ConfirmPassword { get; set; } = "";
}

public sealed class ManageAccountViewModel
{
    public required ParticipationUser User { get; init; }
    public required IReadOnlyList<string> Roles { get; init; }
    public bool HasPassword { get; init; }
    /// <summary>When the account's identity was verified through a national login; never the number.</summary>
    public DateTime? VerifiedUtc { get; init; }
    public IReadOnlyList<NationalLoginButton> NationalLogins { get; init; } = [];
}

public sealed class DeleteAccountViewModel
{
    [DataType(DataType.Password)]
    [Display(Name = "Your password")]
    public string Password { get; set; } = "";

    /// <summary>For an account without a password (made through the national login).</summary>
    public bool Confirm { get; set; }
}
