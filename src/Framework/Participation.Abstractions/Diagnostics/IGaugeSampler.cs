namespace Participation.Diagnostics;

/// <summary>
/// A module's gauges whose values live in the database (a backlog, the age of its oldest row):
/// the host samples them before each scrape and every few seconds while metrics are on, never
/// per request. The module's observable gauges report the last sample.
/// </summary>
public interface IGaugeSampler
{
    Task SampleAsync(CancellationToken cancellationToken);
}
