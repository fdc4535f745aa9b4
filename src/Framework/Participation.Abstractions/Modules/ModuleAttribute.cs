namespace Participation.Modules;

/// <summary>
/// The module manifest (Orchard's <c>Manifest.cs</c>): marks an assembly as a Participation
/// module and names the modules whose services it needs first.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class ModuleAttribute : Attribute
{
    public required string Name { get; init; }
    public string Description { get; init; } = "";
    public string Category { get; init; } = "Participation";
    public string Version { get; init; } = "1.0.0";
    public string[] Dependencies { get; init; } = [];
    /// <summary>Themes render pages; they are not modules with services of their own.</summary>
    public bool IsTheme { get; init; }
}
