using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Participation.Mvc;

/// <summary>
/// Every message model binding can give (a value missing, not a number, not valid) through the
/// site's localiser, so an Arabic page never shows MVC's English defaults. The texts are MVC's own,
/// as keys; the host's Localization/ar.po translates them. Where MVC passes a property's name rather
/// than its display name, the Arabic leaves the name out.
/// </summary>
internal sealed class LocalizedModelBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var T = factory.Create(typeof(LocalizedModelBindingMessages));
        var messages = options.ModelBindingMessageProvider;
        messages.SetMissingBindRequiredValueAccessor(name => T["A value for the '{0}' parameter or property was not provided.", name]);
        messages.SetMissingKeyOrValueAccessor(() => T["A value is required."]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => T["A non-empty request body is required."]);
        messages.SetValueMustNotBeNullAccessor(value => T["The value '{0}' is invalid.", value]);
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => T["The value '{0}' is not valid for {1}.", value, field]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => T["The value '{0}' is not valid.", value]);
        messages.SetUnknownValueIsInvalidAccessor(field => T["The supplied value is invalid for {0}.", field]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => T["The supplied value is invalid."]);
        messages.SetValueIsInvalidAccessor(value => T["The value '{0}' is invalid.", value]);
        messages.SetValueMustBeANumberAccessor(field => T["The field {0} must be a number.", field]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => T["The field must be a number."]);
    }
}
