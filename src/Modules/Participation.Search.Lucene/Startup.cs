using Microsoft.Extensions.DependencyInjection;
using Participation.Modules;
using Participation.Search.Services;

namespace Participation.Search;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        // One writer per index folder per process (Lucene's rule): the index is a singleton.
        services.AddSingleton<LuceneSearchIndex>();
        // Each node has its own folder; changes made through one reach the others.
        services.AddSingleton<ISearchIndex, SharedSearchIndex>();
        services.AddHostedService<SearchIndexReplication>();
    }
}
