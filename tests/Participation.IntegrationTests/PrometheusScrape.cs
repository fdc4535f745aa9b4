using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Participation.IntegrationTests;

/// <summary>What a node answered at <c>/metrics</c>, read as Prometheus reads it: samples by name and labels.</summary>
internal sealed partial class PrometheusScrape
{
    private readonly IReadOnlyList<(string Name, string Labels, double Value)> _samples;

    private PrometheusScrape(string text)
    {
        _samples = [.. text.Split('\n')
            .Select(line => Sample().Match(line))
            .Where(m => m.Success)
            .Select(m => (m.Groups["name"].Value, m.Groups["labels"].Value, double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture)))];
    }

    public static async Task<PrometheusScrape> ReadAsync(HttpClient client)
    {
        var response = await client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new PrometheusScrape(await response.Content.ReadAsStringAsync());
    }

    public bool Has(string name) => _samples.Any(s => s.Name == name);

    /// <summary>The sum of the samples of <paramref name="name"/> whose labels include <paramref name="label"/> (0 when none was reported yet).</summary>
    public double Sum(string name, string? label = null) => _samples.Where(s => s.Name == name && (label is null || s.Labels.Contains(label, StringComparison.Ordinal))).Sum(s => s.Value);

    public static double Sum(IEnumerable<PrometheusScrape> nodes, string name, string? label = null) => nodes.Sum(n => n.Sum(name, label));

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>[^}]*)\})? (?<value>[-+0-9.eE]+|NaN)( \d+)?\r?$")]
    private static partial Regex Sample();
}
