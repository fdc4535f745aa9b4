using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Participation.IntegrationTests;

/// <summary>Every error the site logs with an exception: what an unhandled one leaves behind.</summary>
public sealed class LoggedErrors : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _errors = new();

    public IReadOnlyList<string> Errors => [.. _errors];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _errors);

    public void Dispose() { }

    private sealed class Logger(string category, ConcurrentQueue<string> errors) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error && exception is not null) errors.Enqueue($"{category}: {formatter(state, exception)} — {exception.GetType().Name}: {exception.Message}");
        }
    }
}
