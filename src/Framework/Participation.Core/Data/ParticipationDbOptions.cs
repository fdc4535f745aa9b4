using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Participation.Data;

/// <summary>
/// The database context's options, built once per shell settings (the provider and connection
/// string setup chose) instead of once per request: building them, and EF matching a new options
/// object to its internal services, was a measurable share of every request that uses the context.
/// The options take the host's root provider as their application service provider, since they
/// outlive the request that first built them.
/// </summary>
public sealed class ParticipationDbOptions(IServiceProvider root, IShellSettingsStore shell)
{
    // One reference, swapped whole: requests read it while setup may replace it.
    private Built? _built;

    public DbContextOptions<ParticipationDbContext> For(IServiceProvider scope)
    {
        var settings = shell.Current;
        if (_built is { } built && ReferenceEquals(built.Settings, settings)) return built.Options;
        var builder = new DbContextOptionsBuilder<ParticipationDbContext>();
        builder.UseApplicationServiceProvider(root);
        // The configurations AddDbContext and ConfigureDbContext registered (the host's, a test's recorder).
        foreach (var configuration in scope.GetServices<IDbContextOptionsConfiguration<ParticipationDbContext>>()) configuration.Configure(scope, builder);
        _built = new Built(settings, builder.Options);
        return builder.Options;
    }

    private sealed record Built(ShellSettings Settings, DbContextOptions<ParticipationDbContext> Options);
}
