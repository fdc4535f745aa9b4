using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Participation.IntegrationTests;

/// <summary>
/// Records the SQL every request marked with <see cref="Header"/> sends, keyed by the header's
/// value; the site's background work (outbox, workflow timers) carries no request and is left out,
/// so the counts are the page's own and the same on every run.
/// </summary>
public sealed class SqlCommandRecorder(IHttpContextAccessor http) : DbCommandInterceptor
{
    public const string Header = "X-Sql-Trace";

    private readonly ConcurrentDictionary<string, ConcurrentQueue<RecordedCommand>> _commands = new();

    /// <summary>The commands of the request traced as <paramref name="trace"/>, in order.</summary>
    public IReadOnlyList<string> CommandsOf(string trace) => [.. RecordedOf(trace).Select(c => c.Text)];

    /// <summary>The commands with their parameters, to ask the database how it would run them.</summary>
    public IReadOnlyList<RecordedCommand> RecordedOf(string trace) => _commands.TryGetValue(trace, out var commands) ? [.. commands] : [];

    /// <summary>Called once for each command EF sends, its text and parameters set.</summary>
    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        if (http.HttpContext?.Request.Headers[Header].ToString() is { Length: > 0 } trace)
            _commands.GetOrAdd(trace, _ => new()).Enqueue(new(result.CommandText, [.. result.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value))]));
        return result;
    }
}

/// <summary>A command as sent: its text and its parameters' names and values.</summary>
public sealed record RecordedCommand(string Text, IReadOnlyList<(string Name, object? Value)> Parameters);
