namespace Participation.Transparency.Models;

/// <summary>
/// Pending: asked for when the month ended, to be built by <c>ImpactReportBuilder</c> outside the
/// workflow's transaction. Built: stored, in the archive, and announced (its email queued).
/// </summary>
public enum ImpactReportStatus { Pending, Built }
