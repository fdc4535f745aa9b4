namespace Participation.Testing.Cluster;

/// <summary>
/// The repository's production profile (<c>deploy/</c>): the environment file and the systemd unit
/// that start a node, read as systemd would, so the tests' nodes run on what the README tells an
/// operator to install. Only machine-specific values (addresses, paths) are replaced, and only keys
/// the profile names: a key it stops naming fails the test instead of being silently added.
/// </summary>
public static class DeployProfile
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string FilePath(string relative) => Path.Combine(RepositoryRoot, "deploy", relative);

    /// <summary>The web host's build output, of the configuration the tests were built in (<c>/opt/participation</c> in the unit).</summary>
    public static string WebOutput { get; } = WebOutputFolder();

    /// <summary>The environment of node <paramref name="node"/>: the profile's file, the unit's own lines, then the replacements and test additions.</summary>
    public static Dictionary<string, string> NodeEnvironment(int node, IReadOnlyDictionary<string, string> replacements, IReadOnlyDictionary<string, string> additions)
    {
        var environment = ReadAssignments(File.ReadAllLines(FilePath("participation.env")));
        foreach (var (key, value) in ReadAssignments(UnitLines("Environment="))) environment[key] = value.Replace("%i", node.ToString());
        foreach (var (key, value) in replacements)
        {
            if (!environment.ContainsKey(key)) throw new InvalidOperationException($"The production profile (deploy/participation.env, deploy/systemd/participation@.service) no longer sets {key}.");
            environment[key] = value;
        }
        foreach (var (key, value) in additions) environment[key] = value;
        return environment;
    }

    /// <summary>The profile's value of <paramref name="key"/>.</summary>
    public static string Value(string key) => ReadAssignments(File.ReadAllLines(FilePath("participation.env")))[key];

    /// <summary>The unit's <c>ExecStart</c>, with the install folder replaced by the build output: (program, arguments).</summary>
    public static (string Program, string Arguments) ExecStart()
    {
        var parts = UnitLines("ExecStart=").Single().Split(' ', 2);
        return (Path.GetFileName(parts[0]), parts[1].Replace("/opt/participation", WebOutput));
    }

    private static string WebOutputFolder()
    {
        var tests = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)); // bin/{Configuration}/{framework}
        return Path.Combine(RepositoryRoot, "src", "Participation.Web", "bin", tests.Parent!.Name, tests.Name);
    }

    private static IEnumerable<string> UnitLines(string prefix) => File.ReadAllLines(FilePath("systemd/participation@.service"))
        .Where(l => l.StartsWith(prefix, StringComparison.Ordinal)).Select(l => l[prefix.Length..]);

    private static Dictionary<string, string> ReadAssignments(IEnumerable<string> lines) => lines
        .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))
        .Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "Participation.sln"))) return directory.FullName;
        throw new InvalidOperationException($"No Participation.sln above {AppContext.BaseDirectory}.");
    }
}
