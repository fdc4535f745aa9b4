using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Participation.Data;

/// <summary>
/// Brings an installed site's schema to the modules' latest versions before it serves a request:
/// a module that gained a table or an <c>UpdateFromN</c> step since setup gets it at the next start.
/// </summary>
public sealed class SchemaUpgrade(IServiceScopeFactory scopes, IShellSettingsStore shell) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!shell.IsRunning) return;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParticipationDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<DataMigrationRunner>().RunAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
