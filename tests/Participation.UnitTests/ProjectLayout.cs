using System.Xml.Linq;

namespace Participation.UnitTests;

/// <summary>What a project under <c>src/</c> is, by where it lives and how it is named.</summary>
public enum ProjectKind { FrameworkContracts, Framework, Library, ModuleContracts, Module, Theme, Web }

/// <summary>One <c>.csproj</c> under <c>src/</c>, as its XML says.</summary>
public sealed record ProjectInfo(string Name, string Directory, ProjectKind Kind, IReadOnlyList<string> ProjectReferences, IReadOnlyList<string> PackageReferences);

/// <summary>
/// The suite's project rules (docs/architecture.md), checked on the <c>.csproj</c> files:
/// a module references the framework's contracts, libraries and other modules' contracts
/// only; a module's contracts reference only contracts; the framework's contracts carry no
/// package beyond ASP.NET Core and EF Core; every module has its manifest and startup.
/// </summary>
public sealed partial class ProjectLayout
{
    private static readonly string[] AllowedContractPackages = ["Microsoft.AspNetCore.", "Microsoft.EntityFrameworkCore."];

    public IReadOnlyList<ProjectInfo> Projects { get; }

    private ProjectLayout(IReadOnlyList<ProjectInfo> projects) => Projects = projects;

    /// <summary>Reads every project under <paramref name="root"/>/src.</summary>
    public static ProjectLayout Read(string root)
    {
        var src = Path.Combine(root, "src");
        var files = System.IO.Directory.EnumerateFiles(src, "*.csproj", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .ToList();
        var namesByPath = files.ToDictionary(Path.GetFullPath, f => Path.GetFileNameWithoutExtension(f), StringComparer.Ordinal);
        var projects = files.Select(file =>
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(file))!;
            var xml = XDocument.Load(file);
            var references = xml.Descendants("ProjectReference")
                .Select(r => Path.GetFullPath(Path.Combine(directory, ((string?)r.Attribute("Include") ?? "").Replace('\\', Path.DirectorySeparatorChar))))
                .Select(path => namesByPath.TryGetValue(path, out var name) ? name : Path.GetFileNameWithoutExtension(path))
                .ToList();
            var packages = xml.Descendants("PackageReference").Select(p => (string?)p.Attribute("Include") ?? "").ToList();
            var name = Path.GetFileNameWithoutExtension(file);
            return new ProjectInfo(name, directory, KindOf(Path.GetRelativePath(src, directory), name), references, packages);
        }).ToList();
        return new ProjectLayout(projects);
    }

    private static ProjectKind KindOf(string relativeDirectory, string name) => relativeDirectory.Split(Path.DirectorySeparatorChar)[0] switch
    {
        "Framework" => name == "Participation.Abstractions" ? ProjectKind.FrameworkContracts : ProjectKind.Framework,
        "Libraries" => ProjectKind.Library,
        "Modules" => name.EndsWith(".Abstractions", StringComparison.Ordinal) ? ProjectKind.ModuleContracts : ProjectKind.Module,
        "Themes" => ProjectKind.Theme,
        _ => ProjectKind.Web,
    };

    private ProjectKind? KindOf(string projectName) => Projects.FirstOrDefault(p => p.Name == projectName)?.Kind;

    /// <summary>A module references the framework's contracts, libraries and modules' contracts only.</summary>
    public IEnumerable<string> ModuleReferenceViolations() =>
        from project in Projects.Where(p => p.Kind == ProjectKind.Module)
        from reference in project.ProjectReferences
        let kind = KindOf(reference)
        where kind is not (ProjectKind.FrameworkContracts or ProjectKind.Library or ProjectKind.ModuleContracts)
        select kind == ProjectKind.Module
            ? $"{project.Name} references {reference}, another module's implementation: reference {reference}.Abstractions instead."
            : $"{project.Name} references {reference}: a module may reference only Participation.Abstractions, src/Libraries and modules' .Abstractions projects.";

    /// <summary>A module's contracts reference only the framework's and other modules' contracts.</summary>
    public IEnumerable<string> ContractReferenceViolations() =>
        from project in Projects.Where(p => p.Kind == ProjectKind.ModuleContracts)
        from reference in project.ProjectReferences
        where KindOf(reference) is not (ProjectKind.FrameworkContracts or ProjectKind.ModuleContracts)
        select $"{project.Name} references {reference}, an implementation: a module's .Abstractions may reference only Participation.Abstractions and other .Abstractions projects.";

    /// <summary>The framework's contracts take no package beyond ASP.NET Core and EF Core, and no project.</summary>
    public IEnumerable<string> FrameworkContractViolations() =>
        Projects.Where(p => p.Kind == ProjectKind.FrameworkContracts).SelectMany(project =>
            project.PackageReferences
                .Where(package => !AllowedContractPackages.Any(prefix => package.StartsWith(prefix, StringComparison.Ordinal)))
                .Select(package => $"{project.Name} references the package {package}: the framework's contracts take only Microsoft.AspNetCore.* and Microsoft.EntityFrameworkCore.*; put it in a library under src/Libraries.")
            .Concat(project.ProjectReferences.Select(reference => $"{project.Name} references {reference}: the framework's contracts reference no other project.")));

    /// <summary>Every module has the two files the host and the module template expect.</summary>
    public IEnumerable<string> MissingModuleFiles() =>
        from project in Projects.Where(p => p.Kind == ProjectKind.Module)
        from file in new[] { "Manifest.cs", "Startup.cs" }
        where !File.Exists(Path.Combine(project.Directory, file))
        select $"{project.Name} has no {file}: every module declares itself in Manifest.cs and registers its services in Startup.cs.";

    /// <summary>
    /// Startup.cs only registers: permissions, menus, models, migrations and recipe steps have
    /// files of their own (Permissions.cs, AdminMenu.cs, Migrations.cs, Recipes/*Step.cs).
    /// </summary>
    public IEnumerable<string> CrowdedStartups() =>
        from project in Projects.Where(p => p.Kind == ProjectKind.Module)
        let startup = Path.Combine(project.Directory, "Startup.cs")
        where File.Exists(startup)
        from match in TypeDeclaration().Matches(File.ReadAllText(startup))
        let type = match.Groups["name"].Value
        where type != "Startup"
        select $"{project.Name}/Startup.cs declares {type}: give it a file of its own (see docs/architecture.md).";

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:public|internal)\s+(?:(?:sealed|static|abstract|partial)\s+)*(?:class|record|interface|enum|struct)\s+(?<name>\w+)", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex TypeDeclaration();
}
