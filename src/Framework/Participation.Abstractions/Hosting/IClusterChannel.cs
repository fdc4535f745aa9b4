namespace Participation.Hosting;

/// <summary>
/// Messages to the site's other nodes, for state each node keeps of its own (a search index):
/// Redis pub/sub when <c>Participation:Redis</c> is set, nowhere on a single node. Best effort —
/// a message sent while Redis is down is lost, so a user catches up on <see cref="Restored"/>.
/// </summary>
public interface IClusterChannel
{
    /// <summary>Sends to every other node (not this one); never waits for an unreachable server.</summary>
    void Publish(string topic, string message);

    /// <summary>The other nodes' messages on <paramref name="topic"/>, handled one at a time in the order they came.</summary>
    void Subscribe(string topic, Func<string, Task> handler);

    /// <summary>Raised when the connection to the other nodes comes back after an outage: what they sent meanwhile was missed.</summary>
    event Action? Restored;
}
