using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Participation.Cluster;
using Participation.Data;
using Participation.Files;
using Participation.Health;

namespace Participation.Hosting;

/// <summary>
/// Several nodes behind a reverse proxy (the production profile in the README): the proxy's
/// forwarded headers trusted from known proxies only; and, each when configured, the
/// data-protection keys in the database, the uploaded files in a folder every node mounts, and
/// Redis for what the nodes must agree on at once (cache removals, the output cache, drafts).
/// Without configuration a node keeps everything to itself, as a single server does.
/// </summary>
internal static class ClusterHosting
{
    /// <summary>
    /// The first hosted service: a node of an installed site is one of its nodes before any other
    /// service starts, data protection's key ring loader included (hosted services start in the order added).
    /// </summary>
    public static IServiceCollection AddParticipationClusterJoin(this IServiceCollection services)
    {
        services.AddHostedService<ClusterJoin>();
        return services;
    }

    public static IServiceCollection AddParticipationCluster(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ForwardedHeadersOptions>(options => ConfigureProxies(options, configuration.GetSection("Participation:ForwardedHeaders")));
        services.AddSingleton<IClusterChannel, SingleNodeChannel>();

        if (string.Equals(configuration["Participation:DataProtection:Keys"], "Database", StringComparison.OrdinalIgnoreCase))
        {
            services.AddOptions<KeyManagementOptions>().Configure<IServiceScopeFactory, IShellSettingsStore>((o, scopes, shell) =>
                o.XmlRepository = new DatabaseKeyRepository(scopes, shell, o.XmlRepository ?? throw new InvalidOperationException("The data folder's key repository is configured first.")));
            // For setup, which copies the keys it made before the database existed once it commits.
            services.AddSingleton(sp => (DatabaseKeyRepository)sp.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository!);
        }

        // The database store's table exists on every site, used or not, so switching needs no schema change.
        services.AddSingleton<DataMigration, StoredFileMigrations>();
        services.AddSingleton<IModelContributor, StoredFileModel>();
        switch (configuration["Participation:FileStore:Provider"])
        {
            case null or "" or "Folder":
                if (configuration["Participation:FileStore:Path"] is { Length: > 0 } files)
                    services.Replace(ServiceDescriptor.Singleton<IFileStore>(new LocalFileStore(files)));
                break;
            case "Database":
                services.Replace(ServiceDescriptor.Singleton<IFileStore, DatabaseFileStore>());
                break;
            case var other:
                throw new InvalidOperationException($"Participation:FileStore:Provider is \"{other}\": it is Folder (the default) or Database.");
        }

        if (configuration["Participation:Redis"] is { Length: > 0 } redis) AddRedis(services, redis);
        return services;
    }

    /// <summary>First in the pipeline: the client's address, scheme and host as the proxy saw them, for everything after (rate limits, links, secure cookies).</summary>
    public static IApplicationBuilder UseParticipationForwardedHeaders(this IApplicationBuilder app) => app.UseForwardedHeaders();

    private static void ConfigureProxies(ForwardedHeadersOptions options, IConfigurationSection section)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
        // One proxy in front by default; the framework trusts loopback only until proxies are named.
        options.ForwardLimit = section.GetValue("ForwardLimit", 1);
        var proxies = section.GetSection("KnownProxies").Get<string[]>() ?? [];
        var networks = section.GetSection("KnownNetworks").Get<string[]>() ?? [];
        foreach (var proxy in proxies) options.KnownProxies.Add(IPAddress.Parse(proxy));
        foreach (var network in networks) options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        var hosts = section.GetSection("AllowedHosts").Get<string[]>() ?? [];
        foreach (var host in hosts) options.AllowedHosts.Add(host);
    }

    private static void AddRedis(IServiceCollection services, string configuration)
    {
        services.AddSingleton(sp => new RedisConnection(configuration, sp.GetRequiredService<ILogger<RedisConnection>>()));
        services.Replace(ServiceDescriptor.Singleton<IClusterChannel, RedisClusterChannel>());
        services.Replace(ServiceDescriptor.Singleton<IMemoryCache>(sp => new ClusterMemoryCache(
            new MemoryCache(sp.GetRequiredService<IOptions<MemoryCacheOptions>>()), sp.GetRequiredService<RedisConnection>(), sp.GetRequiredService<ILogger<ClusterMemoryCache>>())));

        services.AddOptions<RedisCacheOptions>().Configure<IServiceProvider>((o, sp) =>
        {
            var connection = sp.GetRequiredService<RedisConnection>();
            o.ConnectionMultiplexerFactory = () => Task.FromResult(connection.Multiplexer);
            o.InstanceName = "participation:";
        });
        services.AddStackExchangeRedisOutputCache(_ => { });
        services.AddOptions<Microsoft.AspNetCore.OutputCaching.StackExchangeRedis.RedisOutputCacheOptions>().Configure<IServiceProvider>((o, sp) =>
        {
            var connection = sp.GetRequiredService<RedisConnection>();
            o.ConnectionMultiplexerFactory = () => Task.FromResult(connection.Multiplexer);
            o.InstanceName = "participation:";
        });
        var redisStore = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Remove(redisStore);
        services.AddSingleton<IOutputCacheStore>(sp => new SharedOutputCacheStore(
            (IOutputCacheStore)(redisStore.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, redisStore.ImplementationType!)),
            sp.GetRequiredService<RedisConnection>(), sp.GetRequiredService<ILogger<SharedOutputCacheStore>>()));

        services.Replace(ServiceDescriptor.Singleton<IDistributedCache>(sp => new SharedDistributedCache(
            new RedisCache(sp.GetRequiredService<IOptions<RedisCacheOptions>>()),
            new MemoryDistributedCache(sp.GetRequiredService<IOptions<MemoryDistributedCacheOptions>>()),
            sp.GetRequiredService<RedisConnection>())));
        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: ["ready"]);
    }
}
