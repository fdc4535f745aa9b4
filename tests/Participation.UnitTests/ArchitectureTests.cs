namespace Participation.UnitTests;

/// <summary>The project rules hold on the suite's own source tree.</summary>
public class ArchitectureTests
{
    private static readonly ProjectLayout Suite = ProjectLayout.Read(SourceRoot());

    internal static string SourceRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Participation.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException($"No Participation.sln above {AppContext.BaseDirectory}.");
    }

    private static void AssertNone(IEnumerable<string> violations)
    {
        var list = violations.ToList();
        Assert.True(list.Count == 0, string.Join(Environment.NewLine, list));
    }

    [Fact]
    public void Reads_every_module_and_its_contracts()
    {
        Assert.True(Suite.Projects.Count(p => p.Kind == ProjectKind.Module) >= 16, "the modules were not found under src/Modules");
        Assert.Contains(Suite.Projects, p => p.Kind == ProjectKind.ModuleContracts && p.Name == "Participation.Users.Abstractions");
        Assert.Contains(Suite.Projects, p => p.Kind == ProjectKind.FrameworkContracts);
    }

    [Fact]
    public void Modules_reference_other_modules_through_their_contracts_only()
        => AssertNone(Suite.ModuleReferenceViolations());

    [Fact]
    public void Module_contracts_reference_contracts_only()
        => AssertNone(Suite.ContractReferenceViolations());

    [Fact]
    public void The_framework_contracts_carry_no_third_party_package()
        => AssertNone(Suite.FrameworkContractViolations());

    [Fact]
    public void Every_module_has_its_manifest_and_startup()
        => AssertNone(Suite.MissingModuleFiles());

    [Fact]
    public void Startup_files_hold_only_the_startup()
        => AssertNone(Suite.CrowdedStartups());
}

/// <summary>The rules themselves, on a small tree that breaks each of them.</summary>
public sealed class ProjectLayoutTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("participation-layout-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Project(string folder, string name, string[] references, string[] packages, params string[] files)
    {
        var directory = Path.Combine(_root, "src", folder, name);
        Directory.CreateDirectory(directory);
        var items = references.Select(r => $"""<ProjectReference Include="{r}" />""")
            .Concat(packages.Select(p => $"""<PackageReference Include="{p}" />"""));
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""<Project Sdk="Microsoft.NET.Sdk"><ItemGroup>{string.Concat(items)}</ItemGroup></Project>""");
        foreach (var file in files) File.WriteAllText(Path.Combine(directory, file), "");
    }

    private ProjectLayout BrokenTree()
    {
        Project("Framework", "Participation.Abstractions", [], ["Microsoft.EntityFrameworkCore.Relational", "CsvHelper"]);
        Project("Libraries", "Participation.Exports", ["../../Framework/Participation.Abstractions/Participation.Abstractions.csproj"], ["ClosedXML"]);
        Project("Modules", "Participation.Polls",
            ["../../Framework/Participation.Abstractions/Participation.Abstractions.csproj", "../../Libraries/Participation.Exports/Participation.Exports.csproj",
             "../Participation.Comments.Abstractions/Participation.Comments.Abstractions.csproj", "../Participation.Comments/Participation.Comments.csproj"],
            [], "Manifest.cs");
        Project("Modules", "Participation.Comments", ["../../Framework/Participation.Abstractions/Participation.Abstractions.csproj"], [], "Manifest.cs", "Startup.cs");
        Project("Modules", "Participation.Comments.Abstractions", ["../Participation.Comments/Participation.Comments.csproj"], []);
        return ProjectLayout.Read(_root);
    }

    [Fact]
    public void A_module_referencing_another_modules_implementation_is_named_with_the_reference()
        => Assert.Equal(["Participation.Polls references Participation.Comments, another module's implementation: reference Participation.Comments.Abstractions instead."],
            BrokenTree().ModuleReferenceViolations());

    [Fact]
    public void Contracts_referencing_an_implementation_are_named_with_the_reference()
        => Assert.Equal(["Participation.Comments.Abstractions references Participation.Comments, an implementation: a module's .Abstractions may reference only Participation.Abstractions and other .Abstractions projects."],
            BrokenTree().ContractReferenceViolations());

    [Fact]
    public void A_third_party_package_in_the_framework_contracts_is_named()
        => Assert.Equal(["Participation.Abstractions references the package CsvHelper: the framework's contracts take only Microsoft.AspNetCore.* and Microsoft.EntityFrameworkCore.*; put it in a library under src/Libraries."],
            BrokenTree().FrameworkContractViolations());

    [Fact]
    public void A_startup_that_also_declares_permissions_is_named()
    {
        BrokenTree();
        File.WriteAllText(Path.Combine(_root, "src", "Modules", "Participation.Comments", "Startup.cs"), "public sealed class Startup : StartupBase { }\n");
        File.AppendAllText(Path.Combine(_root, "src", "Modules", "Participation.Comments", "Startup.cs"), "\npublic sealed class Permissions : IPermissionProvider { }\n");
        Assert.Equal(["Participation.Comments/Startup.cs declares Permissions: give it a file of its own (see docs/architecture.md)."], ProjectLayout.Read(_root).CrowdedStartups());
    }

    [Fact]
    public void A_module_without_its_startup_is_named_but_contracts_need_none()
        => Assert.Equal(["Participation.Polls has no Startup.cs: every module declares itself in Manifest.cs and registers its services in Startup.cs."],
            BrokenTree().MissingModuleFiles());
}
