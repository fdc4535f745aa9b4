namespace Participation.Cluster;

/// <summary>One data-protection key (its XML as ASP.NET Core writes it), shared by every node through the database.</summary>
public sealed class DataProtectionKey
{
    public long Id { get; set; }
    public string? FriendlyName { get; set; }
    public string Xml { get; set; } = "";
}
