using System.Net;

namespace Participation.Diagnostics;

/// <summary>
/// Who may read the metrics: the configured addresses and networks only, so the figures of a
/// public site are not public. Checked against the client's address as the forwarded headers
/// give it, so a visitor coming through the proxy is never taken for the proxy.
/// </summary>
public sealed class ScrapeAccess
{
    private readonly IReadOnlyList<IPNetwork> _networks;

    public ScrapeAccess(IEnumerable<string> allowed)
    {
        _networks = [.. allowed.Select(Parse)];
    }

    public bool Allows(IPAddress? address)
    {
        if (address is null) return false;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return _networks.Any(n => n.Contains(address));
    }

    private static IPNetwork Parse(string entry)
    {
        if (IPNetwork.TryParse(entry, out var network)) return network;
        if (IPAddress.TryParse(entry, out var address)) return new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
        throw new InvalidOperationException($"Participation:Telemetry:ScrapeFrom: \"{entry}\" is neither an address nor a network (10.0.0.0/8).");
    }
}
