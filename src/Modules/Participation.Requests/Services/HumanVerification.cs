using Microsoft.AspNetCore.Http;

namespace Participation.Requests.Services;

/// <summary>
/// The seam for a CAPTCHA on the public forms. The suite ships none (no third-party service
/// is needed: a honeypot field and the rate limit stop the usual bots); a site that wants one
/// registers its own implementation, which renders its widget and checks the answer.
/// </summary>
public interface IHumanVerification
{
    /// <summary>Markup placed in the form before the submit button; null for none.</summary>
    string? WidgetHtml(HttpContext context);
    Task<bool> VerifyAsync(HttpContext context);
}

public sealed class NoHumanVerification : IHumanVerification
{
    public string? WidgetHtml(HttpContext context) => null;
    public Task<bool> VerifyAsync(HttpContext context) => Task.FromResult(true);
}
