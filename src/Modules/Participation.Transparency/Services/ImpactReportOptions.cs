namespace Participation.Transparency.Services;

/// <summary><c>Participation:Transparency:ImpactReports</c> in configuration: how the pending reports are built.</summary>
public sealed class ImpactReportOptions
{
    /// <summary>How often the builder looks for pending reports (the month-end workflow cannot wake it: its rows are seen only once it commits).</summary>
    public int PollMilliseconds { get; set; } = 5000;

    /// <summary>How long a node holds a report it is building; if it dies meanwhile, another builds it once this has passed (at least 30 s).</summary>
    public int LeaseSeconds { get; set; } = 600;

    /// <summary>The wait after a failed build, doubled after each further failure (at most an hour).</summary>
    public double RetryBaseSeconds { get; set; } = 30;

    /// <summary>
    /// Tries at printing the PDF; after the last the report is built without it (the archive says
    /// why, the XLSX and the email go as usual), as a department should not wait on Chromium for its figures.
    /// </summary>
    public int PdfAttempts { get; set; } = 5;
}
