using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Participation.Testing;

/// <summary>Keeps every log line the site writes, for tests that check what an operator would read.</summary>
public sealed class RecordedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<RecordedLog> _lines = new();

    public IReadOnlyList<RecordedLog> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose() { }

    private sealed class Logger(string category, ConcurrentQueue<RecordedLog> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => lines.Enqueue(new RecordedLog(category, logLevel, formatter(state, exception), exception?.ToString()));
    }
}

/// <param name="Exception">The exception logged with the line, as text, if any.</param>
public sealed record RecordedLog(string Category, LogLevel Level, string Message, string? Exception = null);
