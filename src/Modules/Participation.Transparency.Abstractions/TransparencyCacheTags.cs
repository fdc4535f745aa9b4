namespace Participation.Transparency;

/// <summary>Tags for results that live outside content items (a request marked as having led to a change).</summary>
public static class TransparencyCacheTags
{
    /// <summary>The results page as a whole: evicted when anything it shows that no content tag covers changes.</summary>
    public const string Results = "results";

    /// <summary>The open data page and API: evicted when a build is published or the licence changes.</summary>
    public const string OpenData = "open-data";
}
