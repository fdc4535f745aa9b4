namespace Participation.Transparency.Models;

/// <summary>
/// One build of the open data: claimed first by its unique slot (the day it is due, or a manual
/// rebuild's own), so two nodes build a day once; published only once the ZIP is stored whole.
/// </summary>
public sealed class OpenDataBuild
{
    public long Id { get; set; }
    /// <summary><c>daily:yyyy-MM-dd</c>, or <c>manual:</c> and a unique id.</summary>
    public string Slot { get; set; } = "";
    public DateTime StartedUtc { get; set; }
    /// <summary>Set when the ZIP and the API's rows are complete: only then is the build shown.</summary>
    public DateTime? PublishedUtc { get; set; }
    public string Licence { get; set; } = "";
    public int Threshold { get; set; }
    /// <summary>Per dataset, as JSON: its name, rows published and rows withheld.</summary>
    public string Datasets { get; set; } = "[]";

    public string ZipPath => $"open-data/{Id}.zip";
}
