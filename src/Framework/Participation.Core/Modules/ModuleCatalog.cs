using System.Reflection;
using Microsoft.Extensions.DependencyModel;
using Participation.Modules;

namespace Participation.Modules;

/// <summary>
/// Finds the modules and themes the host references: every assembly of the application
/// that carries a <see cref="ModuleAttribute"/>, ordered so dependencies come first.
/// </summary>
public sealed class ModuleCatalog : IModuleCatalog
{
    public IReadOnlyList<ModuleInfo> Modules { get; }

    public ModuleCatalog(IEnumerable<Assembly> assemblies)
    {
        var found = assemblies
            .Select(a => (Assembly: a, Manifest: a.GetCustomAttribute<ModuleAttribute>()))
            .Where(x => x.Manifest is not null)
            .ToDictionary(x => x.Manifest!.Name, x => new ModuleInfo(x.Manifest!, x.Assembly), StringComparer.OrdinalIgnoreCase);
        Modules = Sort(found);
    }

    /// <summary>The modules referenced by the running application.</summary>
    public static ModuleCatalog FromApplication()
    {
        var context = DependencyContext.Default ?? throw new InvalidOperationException("The application has no dependency context to find modules in.");
        var assemblies = context.RuntimeLibraries
            .Where(l => l.Name.StartsWith("Participation", StringComparison.Ordinal))
            .SelectMany(l => l.GetDefaultAssemblyNames(context))
            .Select(Assembly.Load);
        return new ModuleCatalog(assemblies);
    }

    private static List<ModuleInfo> Sort(Dictionary<string, ModuleInfo> modules)
    {
        var ordered = new List<ModuleInfo>();
        var state = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase); // false: visiting, true: done
        void Visit(ModuleInfo module)
        {
            if (state.TryGetValue(module.Name, out var done))
            {
                if (!done) throw new InvalidOperationException($"Module dependency cycle through '{module.Name}'.");
                return;
            }
            state[module.Name] = false;
            foreach (var dependency in module.Manifest.Dependencies)
            {
                if (!modules.TryGetValue(dependency, out var required))
                    throw new InvalidOperationException($"Module '{module.Name}' depends on '{dependency}', which the host does not reference.");
                Visit(required);
            }
            state[module.Name] = true;
            ordered.Add(module);
        }
        foreach (var module in modules.Values.OrderBy(m => m.Name, StringComparer.Ordinal)) Visit(module);
        return ordered;
    }
}
