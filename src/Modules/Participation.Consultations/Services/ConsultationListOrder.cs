using System.Globalization;

namespace Participation.Consultations.Services;

/// <summary>
/// The public list's order: open first, then proposed, closed, decided and archived, each by
/// closing date (none first), written as one string that sorts the same way, so the list
/// pages by keyset on an index.
/// </summary>
public static class ConsultationListOrder
{
    private static readonly string[] Stages = [ConsultationLifecycle.Open, ConsultationLifecycle.Proposed, ConsultationLifecycle.Closed, ConsultationLifecycle.Decided, ConsultationLifecycle.Archived];

    /// <summary>e.g. <c>0-20261231T2100-01jf…</c>: stage rank, closing time to the second, id (unique, so the order is total).</summary>
    public static string SortKey(string stage, DateTime? closesUtc, string contentItemId)
    {
        var rank = Array.IndexOf(Stages, stage) is var i and >= 0 ? i : Stages.Length;
        var closes = closesUtc?.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture) ?? "00000000T000000";
        return $"{rank}-{closes}-{contentItemId}";
    }
}
