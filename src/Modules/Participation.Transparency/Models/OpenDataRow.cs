namespace Participation.Transparency.Models;

/// <summary>A published row of a build, as the API pages it: keyset by (build, dataset, sequence).</summary>
public sealed class OpenDataRow
{
    public long BuildId { get; set; }
    public string Dataset { get; set; } = "";
    public int Sequence { get; set; }
    /// <summary>The row's values as a JSON array, in the dataset's column order.</summary>
    public string Values { get; set; } = "[]";
}
