using Microsoft.EntityFrameworkCore;

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
    }
}
