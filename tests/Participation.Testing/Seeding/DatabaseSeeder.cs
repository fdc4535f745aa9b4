using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Data;

namespace Participation.Testing.Seeding;

/// <summary>
/// Fills a set-up site's database fast, straight through its tables (bulk inserts, prepared
/// commands, big transactions), for the benchmark's national-scale cases and the SQL-command
/// budget test. Content goes in as the content manager stores it, so handlers never ran for it:
/// anything a module derives from content at startup (index tables) is rebuilt when the site starts.
/// </summary>
public sealed class DatabaseSeeder(Action<string> log)
{
    /// <summary>In order: comments go to the citizens and consultations made first, ballots to the polls.</summary>
    public static IReadOnlyList<ITableFiller> Fillers { get; } =
        [new CitizenFiller(), new ConsultationFiller(), new CommentFiller(), new PollFiller(), new BallotFiller(), new RequestFiller(), new IdeaFiller(), new SurveyResponseFiller()];

    public sealed record Outcome(string Filler, long Rows, TimeSpan Took);

    /// <summary>Seeds the database of the site behind <paramref name="services"/> (the site must be set up).</summary>
    public async Task<IReadOnlyList<Outcome>> SeedAsync(IServiceProvider services, SeedPlan plan)
    {
        await using var scope = services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<ParticipationDbContext>().Database;
        await database.OpenConnectionAsync();
        try { return await SeedAsync(database.GetDbConnection(), database.IsNpgsql(), plan); }
        finally { await database.CloseConnectionAsync(); }
    }

    /// <summary>Seeds through an open connection; <paramref name="fillers"/> defaults to all of <see cref="Fillers"/>.</summary>
    public async Task<IReadOnlyList<Outcome>> SeedAsync(DbConnection connection, bool postgres, SeedPlan plan, IEnumerable<ITableFiller>? fillers = null)
    {
        var context = new SeedContext(connection, postgres, plan, DateTime.UtcNow);
        context.UserIds.AddRange(await context.ReadAsync("SELECT \"Id\" FROM \"AspNetUsers\" ORDER BY \"Id\"", r => r.GetString(0)));
        var outcomes = new List<Outcome>();
        foreach (var filler in fillers ?? Fillers)
        {
            var watch = Stopwatch.StartNew();
            var rows = await filler.FillAsync(context);
            outcomes.Add(new(filler.Name, rows, watch.Elapsed));
            log($"{filler.Name}: {rows:N0} rows in {watch.Elapsed.TotalSeconds:0.0} s");
        }
        // Fresh statistics, so the query planners see the tables' new sizes.
        await context.ExecuteAsync("ANALYZE");
        return outcomes;
    }
}
