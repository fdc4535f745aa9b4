using Participation.Hosting;

namespace Participation.Cluster;

/// <summary>No other node to tell (no <c>Participation:Redis</c>): messages go nowhere and none come.</summary>
internal sealed class SingleNodeChannel : IClusterChannel
{
    public void Publish(string topic, string message) { }

    public void Subscribe(string topic, Func<string, Task> handler) { }

    public event Action? Restored { add { } remove { } }
}
