using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Participation.Moderation;

namespace Participation.Users.ViewModels;

/// <summary>
/// Refuses a value that carries personal data (a phone number, an email address…), found by
/// moderation's detector: a display name is shown on public pages beside every contribution.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class WithoutPersonalDataAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not string text || validationContext.GetRequiredService<IPersonalDataDetector>().Find(text).Count == 0) return ValidationResult.Success;
        // MVC localises only the attributes it knows; this one translates its own message.
        var T = validationContext.GetRequiredService<IStringLocalizer<WithoutPersonalDataAttribute>>();
        return new ValidationResult(T[ErrorMessage ?? ""], validationContext.MemberName is { } member ? [member] : null);
    }
}
