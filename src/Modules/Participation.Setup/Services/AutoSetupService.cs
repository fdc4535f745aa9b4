using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Participation.Data;

namespace Participation.Setup.Services;

/// <summary>
/// <c>Participation:AutoSetup</c> in configuration (or <c>Participation__AutoSetup__*</c> in the
/// environment) sets the site up before the first request, for automation and containers; a
/// node whose PostgreSQL database already holds the site joins it instead (several nodes).
/// </summary>
public sealed class AutoSetupOptions
{
    public string SiteName { get; set; } = "";
    public string AdminUserName { get; set; } = "";
    public string AdminEmail { get; set; } = "";
    public string AdminPassword { get; set; } = "";
    public string Recipe { get; set; } = "Participation";
    public DatabaseProvider DatabaseProvider { get; set; } = DatabaseProvider.Sqlite;
    public string ConnectionString { get; set; } = "";
}

public sealed class AutoSetupService(IOptions<AutoSetupOptions> options, IShellSettingsStore shell, ISetupService setup, ILogger<AutoSetupService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (shell.IsRunning || string.IsNullOrEmpty(o.AdminPassword)) return;
        // Every node of a site has the same configuration: the first installs it, the others join it.
        if (await setup.JoinAsync(o.DatabaseProvider, o.ConnectionString, cancellationToken)) return;
        logger.LogInformation("Setting the site up from configuration with recipe {Recipe} on {Provider}", o.Recipe, o.DatabaseProvider);
        var result = await setup.SetupAsync(new SetupContext
        {
            SiteName = o.SiteName,
            AdminUserName = o.AdminUserName,
            AdminEmail = o.AdminEmail,
            AdminPassword = o.AdminPassword,
            Recipe = o.Recipe,
            DatabaseProvider = o.DatabaseProvider,
            ConnectionString = o.ConnectionString,
        }, cancellationToken);
        if (!result.Succeeded)
        {
            // Fail loudly: a container that starts half-configured is worse than one that stops.
            var reasons = string.Join("; ", result.Errors.SelectMany(e => e.Value.Select(m => $"{(e.Key.Length == 0 ? "setup" : e.Key)}: {m}")));
            throw new InvalidOperationException($"Automatic setup failed: {reasons}");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
