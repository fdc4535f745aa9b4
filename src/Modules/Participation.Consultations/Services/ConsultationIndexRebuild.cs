using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Participation.Data;

namespace Participation.Consultations.Services;

/// <summary>
/// At start, before the first request, rebuilds the consultations' index tables and search index
/// when they do not hold one entry per published consultation: a site from before the index, a
/// database seeded with raw SQL, a search folder deleted or built by an older analysis. When
/// they agree (the usual start) this costs three counts.
/// </summary>
public sealed class ConsultationIndexRebuild(IServiceScopeFactory scopes, IShellSettingsStore shell, ILogger<ConsultationIndexRebuild> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!shell.IsRunning) return;
        await using var scope = scopes.CreateAsyncScope();
        var indexer = scope.ServiceProvider.GetRequiredService<ConsultationIndexer>();
        if (!await indexer.IsStaleAsync(cancellationToken)) return;
        logger.LogInformation("Rebuilding the consultations' list and search indexes");
        await indexer.RebuildAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
