using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Participation.Data;

/// <summary>Points the DbContext at SQLite or PostgreSQL from the site's settings.</summary>
public static class DatabaseConfigurator
{
    public static void Configure(DbContextOptionsBuilder options, ShellSettings settings, string defaultSqliteConnectionString)
    {
        switch (settings.DatabaseProvider)
        {
            case DatabaseProvider.Postgres:
                options.UseNpgsql(settings.ConnectionString);
                break;
            default:
                options.UseSqlite(string.IsNullOrWhiteSpace(settings.ConnectionString) ? defaultSqliteConnectionString : settings.ConnectionString);
                break;
        }
        // One site per process in production; the test suite starts many, each with its own services.
        options.ConfigureWarnings(w => w.Ignore(CoreEventId.ManyServiceProvidersCreatedWarning));
    }
}
