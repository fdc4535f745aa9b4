namespace Participation.Transparency.Models;

/// <summary>
/// One department's impact report of one month, as built and sent. The unique (department,
/// period) key makes "once per period" the database's rule, whichever node builds it. The row is
/// written Pending when the month ends and becomes Built once its files are stored and its
/// email queued; only built ones are shown.
/// </summary>
public sealed class ImpactReport
{
    public long Id { get; set; }
    public string DepartmentKey { get; set; } = "";
    /// <summary>The month, <c>yyyy-MM</c>.</summary>
    public string Period { get; set; } = "";
    /// <summary>When it was built; while pending, when it was asked for.</summary>
    public DateTime BuiltUtc { get; set; }
    public ImpactReportStatus Status { get; set; }
    /// <summary>Builds started (the first is 1); a builder's claim is this number, so only the latest claim stores.</summary>
    public int Attempts { get; set; }
    /// <summary>While pending: when the next build may start (a claim moves it past its lease, a failure past its backoff). Null once built.</summary>
    public DateTime? DueUtc { get; set; }
    /// <summary>Why the last build failed, while it is retried.</summary>
    public string? LastError { get; set; }
    /// <summary>Where it was emailed: the heads' addresses, or the department's mailbox when it has none.</summary>
    public string Recipients { get; set; } = "";
    /// <summary>Why the PDF could not be printed, when it could not (the XLSX is kept either way).</summary>
    public string? PdfProblem { get; set; }

    public string PdfPath => $"impact-reports/{Period}/{DepartmentKey}.pdf";
    public string XlsxPath => $"impact-reports/{Period}/{DepartmentKey}.xlsx";
}
