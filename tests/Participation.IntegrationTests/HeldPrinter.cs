using Participation.Printing;

namespace Participation.IntegrationTests;

/// <summary>
/// A PDF printer the test holds: every print waits until <see cref="Release"/>, so the test can act
/// while a report is being built. Prints a stub PDF; the real one is <c>MonthlyImpactReportTests</c>'.
/// </summary>
public sealed class HeldPrinter : IPdfPrinter
{
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the first print has started (and is held).</summary>
    public Task Started => _started.Task;
    public bool Released => _released.Task.IsCompleted;

    public void Release() => _released.TrySetResult();

    public async Task<byte[]> PrintAsync(string html)
    {
        _started.TrySetResult();
        await _released.Task;
        return "%PDF-1.4\n%%EOF\n"u8.ToArray();
    }
}
