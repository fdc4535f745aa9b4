using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.DataAnnotations;
using Microsoft.Extensions.Localization;

namespace Participation.Mvc;

/// <summary>
/// MVC localises a validation attribute's message only when the attribute names one: the
/// <c>[Required]</c> it adds itself to every non-nullable value (a checkbox, a number) has none,
/// and wrote «The تذكرني على هذا الجهاز field is required.» into Arabic pages. This gives such
/// attributes their English default as the message, so the localiser translates it, in
/// <c>data-val-*</c> and on the server alike.
/// </summary>
internal sealed class LocalizedValidationAttributeAdapterProvider : IValidationAttributeAdapterProvider
{
    private readonly ValidationAttributeAdapterProvider _inner = new();

    public IAttributeAdapter? GetAttributeAdapter(ValidationAttribute attribute, IStringLocalizer? stringLocalizer)
    {
        if (string.IsNullOrEmpty(attribute.ErrorMessage) && attribute.ErrorMessageResourceType is null && DefaultMessage(attribute) is { } message)
            attribute.ErrorMessage = message;
        return _inner.GetAttributeAdapter(attribute, stringLocalizer);
    }

    /// <summary>The English texts .NET gives these attributes, with the same placeholders.</summary>
    private static string? DefaultMessage(ValidationAttribute attribute) => attribute switch
    {
        RequiredAttribute => "The {0} field is required.",
        StringLengthAttribute { MinimumLength: > 0 } => "The field {0} must be a string with a minimum length of {2} and a maximum length of {1}.",
        StringLengthAttribute => "The field {0} must be a string with a maximum length of {1}.",
        RangeAttribute => "The field {0} must be between {1} and {2}.",
        EmailAddressAttribute => "The {0} field is not a valid e-mail address.",
        CompareAttribute => "'{0}' and '{1}' do not match.",
        MaxLengthAttribute => "The field {0} must be a string or array type with a maximum length of '{1}'.",
        MinLengthAttribute => "The field {0} must be a string or array type with a minimum length of '{1}'.",
        PhoneAttribute => "The {0} field is not a valid phone number.",
        UrlAttribute => "The {0} field is not a valid fully-qualified http, https, or ftp URL.",
        _ => null,
    };
}
