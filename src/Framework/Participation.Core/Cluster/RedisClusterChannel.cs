using Microsoft.Extensions.Logging;
using Participation.Hosting;
using StackExchange.Redis;

namespace Participation.Cluster;

/// <summary>
/// <see cref="IClusterChannel"/> over the nodes' Redis: one channel per topic, each message
/// marked with the node that sent it so a node skips its own. Subscriptions are made again by
/// the connection when Redis comes back; what was sent meanwhile is gone (<see cref="Restored"/>).
/// </summary>
internal sealed class RedisClusterChannel(RedisConnection redis, ILogger<RedisClusterChannel> logger) : IClusterChannel
{
    private readonly string _node = Guid.NewGuid().ToString("N");

    public void Publish(string topic, string message)
    {
        try
        {
            redis.Multiplexer.GetSubscriber().Publish(Channel(topic), _node + "|" + message, CommandFlags.FireAndForget);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Could not tell the other nodes on {Topic}: they catch up when Redis is back", topic);
        }
    }

    public void Subscribe(string topic, Func<string, Task> handler)
        // A queue, not a handler: messages of a topic are handled in order, one at a time.
        => redis.Subscribe(topic, subscriber => subscriber.Subscribe(Channel(topic)).OnMessage(async message =>
        {
            var text = message.Message.ToString();
            var separator = text.IndexOf('|');
            if (separator < 0 || text.AsSpan(0, separator).SequenceEqual(_node)) return;
            try
            {
                await handler(text[(separator + 1)..]);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "A message from another node on {Topic} could not be applied", topic);
            }
        }));

    public event Action? Restored
    {
        add => redis.Restored += value;
        remove => redis.Restored -= value;
    }

    private static RedisChannel Channel(string topic) => RedisChannel.Literal("participation:" + topic);
}
