namespace Participation.Diagnostics;

/// <summary>
/// <c>Participation:Telemetry</c>: OpenTelemetry, off unless asked for. Metrics are scraped at
/// <c>/metrics</c> from the addresses in <see cref="ScrapeFrom"/> (and pushed by OTLP when an
/// endpoint is set); traces go by OTLP only.
/// </summary>
public sealed class TelemetryOptions
{
    public bool Metrics { get; set; }
    public bool Traces { get; set; }
    /// <summary>An OTLP collector (<c>http://collector:4317</c>); traces need one, metrics use it besides the scrape.</summary>
    public string? OtlpEndpoint { get; set; }
    /// <summary>Addresses or CIDR networks a scrape is answered from, after the forwarded headers; anyone else gets a 404.</summary>
    public string[] ScrapeFrom { get; set; } = ["127.0.0.1", "::1"];
    /// <summary>How often the database-backed gauges (backlogs) are sampled between scrapes, for OTLP.</summary>
    public int SampleSeconds { get; set; } = 15;
}
