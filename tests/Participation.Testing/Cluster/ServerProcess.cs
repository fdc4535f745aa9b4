using System.Diagnostics;
using System.Text;

namespace Participation.Testing.Cluster;

/// <summary>A server the test runs as a child process, its output kept for the failure message.</summary>
public sealed class ServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process) => _process = process;

    public static ServerProcess Start(string file, string arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(file, arguments) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) info.Environment[key] = value;
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var server = new ServerProcess(process);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        if (!process.Start()) throw new InvalidOperationException($"Could not start {file}.");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    public int Id => _process.Id;
    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the server wrote.</summary>
    public string Output
    {
        get { lock (_output) return _output.Length > 4000 ? _output.ToString(_output.Length - 4000, 4000) : _output.ToString(); }
    }

    /// <summary>Every line the server wrote that contains <paramref name="text"/>.</summary>
    public IReadOnlyList<string> LinesWith(string text)
    {
        lock (_output) return _output.ToString().Split('\n').Where(l => l.Contains(text, StringComparison.Ordinal)).ToList();
    }

    /// <summary>kill -9 (of its workers too, for nginx): no chance to finish anything.</summary>
    public async Task KillAsync()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>kill -TERM, as systemd stops a service, then waits for the process to end.</summary>
    public async Task TerminateAsync(TimeSpan patience)
    {
        if (_process.HasExited) return;
        using (var kill = Process.Start("kill", $"-TERM {_process.Id}")!) await kill.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(patience);
        try { await _process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException) { await KillAsync(); throw new TimeoutException($"The server did not stop within {patience} of SIGTERM."); }
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
