using System.Net;
using System.Net.Sockets;

namespace Participation.Testing.Cluster;

/// <summary>Free loopback ports for the servers a test starts, never the same one twice in a run.</summary>
public static class LocalPorts
{
    private static readonly HashSet<int> Given = [];

    public static int Free()
    {
        while (true)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            lock (Given) if (Given.Add(port)) return port;
        }
    }
}
