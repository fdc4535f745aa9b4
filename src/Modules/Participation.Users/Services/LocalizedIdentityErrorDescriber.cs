using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Participation.Users.Services;

/// <summary>Identity's messages in the visitor's language.</summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<LocalizedIdentityErrorDescriber> T) : IdentityErrorDescriber
{
    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = T["This email address is already registered."] };
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = T["This user name is taken."] };
    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = T["Enter a valid email address."] };
    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = T["A user name uses Latin letters, digits and - . _ @ only."] };
    public override IdentityError InvalidToken() => new() { Code = nameof(InvalidToken), Description = T["This link is invalid or has expired. Ask for a new one."] };
    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = T["The password is not correct."] };
    public override IdentityError DefaultError() => new() { Code = nameof(DefaultError), Description = T["Something went wrong. Please try again."] };
    public override IdentityError ConcurrencyFailure() => new() { Code = nameof(ConcurrencyFailure), Description = T["Someone else changed this account at the same time. Please try again."] };
    public override IdentityError UserAlreadyInRole(string role) => new() { Code = nameof(UserAlreadyInRole), Description = T["The user already has the role {0}.", role] };
    public override IdentityError UserNotInRole(string role) => new() { Code = nameof(UserNotInRole), Description = T["The user does not have the role {0}.", role] };
}
