using Microsoft.AspNetCore.Http;
using Participation.Data;

namespace Participation.Setup.Services;

/// <summary>Until the site is set up, every page leads to the setup page.</summary>
public sealed class SetupRedirectMiddleware(RequestDelegate next, IShellSettingsStore shell)
{
    private static readonly PathString[] AllowedBeforeSetup = ["/setup", "/health", "/culture", "/_content", "/error"];

    public Task InvokeAsync(HttpContext context)
    {
        if (shell.IsRunning || AllowedBeforeSetup.Any(p => context.Request.Path.StartsWithSegments(p))) return next(context);
        context.Response.Redirect("/setup");
        return Task.CompletedTask;
    }
}
