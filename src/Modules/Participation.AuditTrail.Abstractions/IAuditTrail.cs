namespace Participation.AuditTrail;

/// <summary>
/// Who changed what, when. Every module records through this contract; only the audit trail
/// module writes (and reads) its table.
/// </summary>
public interface IAuditTrail
{
    /// <param name="subject">The content item the change was made to, when there is one.</param>
    /// <param name="anonymous">Record no user name (an account deleting itself).</param>
    Task RecordAsync(string category, string name, string? comment = null, AuditSubject? subject = null, bool anonymous = false);

    /// <summary>Entries, newest first unless the query says otherwise.</summary>
    Task<IReadOnlyList<AuditTrailEntry>> ListAsync(AuditTrailQuery query);
}
