namespace Participation.Transparency.Models;

/// <summary>
/// One department's impact report of one month, as built and sent. The unique (department,
/// period) key makes "once per period" the database's rule, whichever node builds it.
/// </summary>
public sealed class ImpactReport
{
    public long Id { get; set; }
    public string DepartmentKey { get; set; } = "";
    /// <summary>The month, <c>yyyy-MM</c>.</summary>
    public string Period { get; set; } = "";
    public DateTime BuiltUtc { get; set; }
    /// <summary>Where it was emailed: the heads' addresses, or the department's mailbox when it has none.</summary>
    public string Recipients { get; set; } = "";
    /// <summary>Why the PDF could not be printed, when it could not (the XLSX is kept either way).</summary>
    public string? PdfProblem { get; set; }

    public string PdfPath => $"impact-reports/{Period}/{DepartmentKey}.pdf";
    public string XlsxPath => $"impact-reports/{Period}/{DepartmentKey}.xlsx";
}
