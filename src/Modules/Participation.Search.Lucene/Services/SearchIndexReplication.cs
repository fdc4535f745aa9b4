using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Participation.Caching;
using Participation.Data;
using Participation.Hosting;

namespace Participation.Search.Services;

/// <summary>
/// This node's side of <see cref="SharedSearchIndex"/>: applies the other nodes' changes to its
/// own folder, in the order they were sent. When the other nodes could not be heard (Redis down),
/// the changes sent meanwhile are gone, so every index with a source (<see cref="ISearchIndexSource"/>)
/// is rebuilt from the database once the connection is back. Either way the pages showing the
/// index's results are evicted afterwards (<see cref="CacheTags.SearchIndex"/>): one rendered here
/// between the other node's eviction and this node's copy catching up would keep the old results.
/// </summary>
public sealed class SearchIndexReplication(LuceneSearchIndex local, IClusterChannel cluster, IServiceScopeFactory scopes, IShellSettingsStore shell, ILogger<SearchIndexReplication> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        cluster.Subscribe(SearchChange.Topic, ApplyAsync);
        cluster.Restored += CatchUp;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        cluster.Restored -= CatchUp;
        return Task.CompletedTask;
    }

    private async Task ApplyAsync(string message)
    {
        var change = SearchChange.FromJson(message);
        if (change.Document is { } document) await local.IndexAsync(change.Index, document);
        else await local.RemoveAsync(change.Index, change.Id);
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IPageCache>().EvictAsync(CacheTags.SearchIndex(change.Index));
    }

    private void CatchUp() => _ = CatchUpAsync();

    private async Task CatchUpAsync()
    {
        if (!shell.IsRunning) return;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var pages = scope.ServiceProvider.GetRequiredService<IPageCache>();
            foreach (var source in scope.ServiceProvider.GetServices<ISearchIndexSource>())
            {
                await local.ReplaceAllAsync(source.Index, source.DocumentsAsync(CancellationToken.None));
                await pages.EvictAsync(CacheTags.SearchIndex(source.Index));
                logger.LogInformation("Search index {Index} rebuilt after the other nodes' changes were missed", source.Index);
            }
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "The search indexes could not be rebuilt after Redis came back; they catch up at the next start");
        }
    }
}
