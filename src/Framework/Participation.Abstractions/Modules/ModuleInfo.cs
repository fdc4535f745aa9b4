using System.Reflection;

namespace Participation.Modules;

/// <summary>A module (or theme) the host loaded: its manifest and assembly.</summary>
public sealed record ModuleInfo(ModuleAttribute Manifest, Assembly Assembly)
{
    public string Name => Manifest.Name;
    public string AreaName => Assembly.GetName().Name!;
}

public interface IModuleCatalog
{
    /// <summary>Modules in dependency order (a module comes after those it depends on).</summary>
    IReadOnlyList<ModuleInfo> Modules { get; }
}
