using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Participation.Cluster;

/// <summary>
/// The nodes' shared Redis (<c>Participation:Redis</c>), one connection per node. A command never
/// waits for an unreachable server: it fails at once (the callers fall back to the database and
/// local caches), and <see cref="Restored"/> tells them when to catch up.
/// </summary>
public sealed class RedisConnection : IDisposable
{
    private readonly ILogger<RedisConnection> _logger;

    public RedisConnection(string configuration, ILogger<RedisConnection> logger)
    {
        _logger = logger;
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ConnectTimeout = Math.Min(options.ConnectTimeout, 2000);
        options.AsyncTimeout = Math.Min(options.AsyncTimeout, 1000);
        options.SyncTimeout = Math.Min(options.SyncTimeout, 1000);
        options.ReconnectRetryPolicy = new LinearRetry(500);
        Multiplexer = ConnectionMultiplexer.Connect(options);
        if (!Multiplexer.IsConnected) logger.LogWarning("Redis is unreachable at start: serving from the database and this node's caches until it answers");
        Multiplexer.ConnectionFailed += (_, e) =>
        {
            if (e.ConnectionType == ConnectionType.Interactive)
                _logger.LogWarning("Redis connection lost ({Failure}): serving from the database and this node's caches until it is back", e.FailureType);
        };
        Multiplexer.ConnectionRestored += (_, e) =>
        {
            _logger.LogInformation("Redis connection restored ({ConnectionType}): catching up", e.ConnectionType);
            Restored?.Invoke();
        };
    }

    public IConnectionMultiplexer Multiplexer { get; }

    /// <summary>
    /// Makes a subscription now, as a node starts, so it hears every change from the first request;
    /// when Redis does not answer in time (down, or slow: a timeout is not a <see cref="RedisException"/>)
    /// it tries again every second in the background: a slow Redis must neither stop the node from
    /// starting nor leave it deaf to the other nodes.
    /// </summary>
    public void Subscribe(string what, Action<ISubscriber> subscribe)
    {
        try
        {
            subscribe(Multiplexer.GetSubscriber());
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            _logger.LogWarning(e, "Could not subscribe to {What} yet: trying again every second", what);
            _ = Task.Run(async () =>
            {
                while (true)
                {
                    await Task.Delay(TimeSpan.FromSeconds(1));
                    try
                    {
                        subscribe(Multiplexer.GetSubscriber());
                        _logger.LogInformation("Subscribed to {What}", what);
                        return;
                    }
                    catch (Exception again) when (again is RedisException or TimeoutException)
                    {
                        // Still unanswered: the next second.
                    }
                    catch (ObjectDisposedException)
                    {
                        return; // the node is stopping
                    }
                }
            });
        }
    }

    public bool IsConnected => Multiplexer.IsConnected;

    /// <summary>Raised when the connection comes back: what was missed meanwhile (evictions) must be made good.</summary>
    public event Action? Restored;

    public void Dispose() => Multiplexer.Dispose();
}
