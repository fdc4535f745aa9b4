namespace Participation.Data;

/// <summary>A site-wide document (settings and the like) stored as JSON under its type name.</summary>
public sealed class SiteDocument
{
    public string Type { get; set; } = "";
    public string Content { get; set; } = "{}";
}
