using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Participation.Data;

namespace Participation.Ideas.Services;

/// <summary>
/// At start, before the first request, brings the ideas' index table and search index level with
/// the published ideas when they disagree (a seeded database, a search folder deleted or built by
/// an older analysis). When they agree (the usual start) this costs a lookup and two counts.
/// </summary>
public sealed class IdeaIndexRebuild(IServiceScopeFactory scopes, IShellSettingsStore shell, ILogger<IdeaIndexRebuild> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!shell.IsRunning) return;
        await using var scope = scopes.CreateAsyncScope();
        var indexer = scope.ServiceProvider.GetRequiredService<IdeaIndexer>();
        if (!await indexer.IsStaleAsync(cancellationToken)) return;
        logger.LogInformation("Rebuilding the ideas' index table and search index");
        await indexer.RebuildAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
