using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Participation.Caching;
using Participation.Data;
using Participation.Shell;

namespace Participation.Hosting;

/// <summary>Where the site lives, and its one database.</summary>
internal static class DataHosting
{
    public static IServiceCollection AddParticipationData(this IServiceCollection services)
    {
        services.AddSingleton<IShellSettingsStore, ShellSettingsStore>();
        services.AddDbContext<ParticipationDbContext>((sp, options) =>
        {
            var shell = sp.GetRequiredService<IShellSettingsStore>();
            DatabaseConfigurator.Configure(options, shell.Current, shell.DefaultSqliteConnectionString);
            if (sp.GetRequiredService<CompiledModelChoice>().For(shell.Current.DatabaseProvider) is { } model) options.UseModel(model);
            else options.ReplaceService<IModelCacheKeyFactory, ContributorsModelCacheKeyFactory>();
            options.AddInterceptors(sp.GetRequiredService<TransactionEndEvictions>());
        }, ServiceLifetime.Scoped, ServiceLifetime.Scoped);
        services.AddSingleton<CompiledModelChoice>();
        services.AddSingleton<ParticipationDbOptions>();
        services.Replace(ServiceDescriptor.Scoped(sp => sp.GetRequiredService<ParticipationDbOptions>().For(sp)));
        services.AddScoped<IDataSession>(sp => sp.GetRequiredService<ParticipationDbContext>());
        // For libraries that take a plain DbContext, such as Identity's stores in the Users module.
        services.AddScoped<DbContext>(sp => sp.GetRequiredService<ParticipationDbContext>());
        services.AddScoped<DataMigrationRunner>();
        // One queue and writer per kind of write; modules register the IBatchWriter that writes a batch.
        services.AddSingleton(typeof(IGroupCommit<,>), typeof(GroupCommit<,>));
        services.AddHostedService<SchemaUpgrade>();
        services.AddScoped<ISiteDocuments, SiteDocuments>();
        // Uploaded files in the data folder, outside the web root.
        services.AddSingleton<Files.IFileStore>(sp => new Files.LocalFileStore(sp.GetRequiredService<IShellSettingsStore>().DataPath));
        services.AddSingleton<DataMigration, CoreMigrations>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        // Values many requests read (settings, departments, security stamps), evicted when they change.
        services.AddSingleton<DataCacheStore>();
        services.AddSingleton<TransactionEndEvictions>();
        services.AddScoped<IDataCache, DataCache>();
        return services;
    }
}
