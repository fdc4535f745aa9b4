using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;
using Participation.Data;

namespace Participation.ModelCompiler;

/// <summary>
/// The context as the site builds it on one provider (<c>-- --provider Sqlite|Postgres</c>), with
/// the model contributors the host registers: the host's own registrations are run, so the
/// compiled model is made from exactly the set a site has.
/// </summary>
public sealed class ParticipationDbContextFactory : IDesignTimeDbContextFactory<ParticipationDbContext>
{
    public ParticipationDbContext CreateDbContext(string[] args)
    {
        var provider = Enum.Parse<DatabaseProvider>(Argument(args, "--provider") ?? nameof(DatabaseProvider.Sqlite), ignoreCase: true);
        var builder = WebApplication.CreateBuilder();
        builder.AddParticipation();
        var services = builder.Services.BuildServiceProvider();
        var options = new DbContextOptionsBuilder<ParticipationDbContext>();
        // No connection is opened: building the model only needs the provider.
        DatabaseConfigurator.Configure(options, new ShellSettings { DatabaseProvider = provider, ConnectionString = provider == DatabaseProvider.Postgres ? "Host=localhost" : "" }, "Data Source=:memory:");
        return new ParticipationDbContext(options.Options, services.GetServices<IModelContributor>());
    }

    private static string? Argument(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
