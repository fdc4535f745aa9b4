using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Participation.Diagnostics;

/// <summary>
/// Where an installed site's start goes: the wall time since the process started and the CPU it
/// has used, at each phase (services registered, the pipeline built, each hosted service started,
/// the server listening, the first response), logged at Debug under <c>Participation.Start</c>.
/// The CPU is the figure to read on a busy machine: the wall clock there mostly measures the others.
/// </summary>
public sealed class StartLog
{
    public const string Category = "Participation.Start";

    private readonly DateTime _processStartUtc;
    private readonly List<(string Phase, TimeSpan Elapsed, TimeSpan Cpu)> _pending = [];
    private ILogger? _logger;
    private int _firstResponse;

    public StartLog()
    {
        using var process = Process.GetCurrentProcess();
        _processStartUtc = process.StartTime.ToUniversalTime();
    }

    /// <summary>Records a phase now; logged at once when the logger is attached, or when it is.</summary>
    public void Mark(string phase)
    {
        using var process = Process.GetCurrentProcess();
        var entry = (phase, DateTime.UtcNow - _processStartUtc, process.TotalProcessorTime);
        lock (_pending)
        {
            if (_logger is null) { _pending.Add(entry); return; }
        }
        Write(_logger, entry);
    }

    /// <summary>Logs the phases recorded before logging existed, and every later one as it comes.</summary>
    public void Attach(ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(Category);
        lock (_pending)
        {
            foreach (var entry in _pending) Write(logger, entry);
            _pending.Clear();
            _logger = logger;
        }
    }

    /// <summary>True once only: for the first response, which ends the start.</summary>
    public bool IsFirstResponse() => _firstResponse == 0 && Interlocked.Exchange(ref _firstResponse, 1) == 0;

    private static void Write(ILogger logger, (string Phase, TimeSpan Elapsed, TimeSpan Cpu) entry)
        => logger.LogDebug("Start: {Phase} at {ElapsedMs:0} ms, {CpuMs:0} ms of CPU", entry.Phase, entry.Elapsed.TotalMilliseconds, entry.Cpu.TotalMilliseconds);
}
