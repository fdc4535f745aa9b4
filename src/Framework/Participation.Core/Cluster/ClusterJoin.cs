using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Participation.Data;
using Participation.Setup;

namespace Participation.Cluster;

/// <summary>
/// A node configured for a PostgreSQL site that another node already installed
/// (<c>Participation:AutoSetup:*</c>, the same on every node) joins it before any other service
/// starts: nothing it does at start (a key made for a secret, say) then happens on a site of its own.
/// </summary>
public sealed class ClusterJoin(IConfiguration configuration, IShellSettingsStore shell, ISetupService setup) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var section = configuration.GetSection("Participation:AutoSetup");
        if (shell.IsRunning || !Enum.TryParse<DatabaseProvider>(section["DatabaseProvider"], ignoreCase: true, out var provider)) return;
        await setup.JoinAsync(provider, section["ConnectionString"] ?? "", cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
