using System.ComponentModel.DataAnnotations;

namespace Participation.Users.ViewModels;

public sealed record UserListViewModel(IReadOnlyList<(ParticipationUser User, IReadOnlyList<string> Roles)> Users, string? Query, int Page, int PageCount);

public sealed class CreateUserViewModel
{
    [Required(ErrorMessage = "Enter a user name.")]
    [Display(Name = "User name")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Enter the person's name.")]
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

    public List<string> Roles { get; set; } = [];
    public IReadOnlyList<string> AvailableRoles { get; set; } = [];
}

public sealed class EditUserViewModel
{
    public string Id { get; set; } = "";
    public string UserName { get; set; } = "";
    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public bool IsLockedOut { get; set; }
    public List<string> Roles { get; set; } = [];
    public IReadOnlyList<string> AvailableRoles { get; set; } = [];
}
