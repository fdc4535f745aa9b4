using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Configuration;

namespace Participation.Users.Services;

/// <summary>
/// Slows password guessing without letting a stranger lock anyone out. Failures are counted per
/// (login, client address) and per client address; past the free attempts, that pair (or that
/// address) must wait before its next try, the wait doubling with each further failure up to a
/// ceiling. A hard lock per account would let anyone lock the administrator out by typing wrong
/// passwords; here the stranger only slows themselves, and the administrator signs in from their
/// own address. Counting by the typed login, not by the account, keeps unknown logins and real
/// accounts indistinguishable. The counts live in memory: each instance of a scaled-out site
/// counts its own, and a restart forgets them. Behind a proxy the client address must be the
/// forwarded one, or every visitor shares the proxy's address and its per-address count.
/// </summary>
public sealed class SignInThrottle(IConfiguration configuration, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);
    private readonly int _freeAttempts = Math.Max(1, configuration.GetValue("Participation:Lockout:MaxFailedAttempts", 5));
    private readonly int _addressFreeAttempts = Math.Max(1, configuration.GetValue("Participation:Lockout:MaxFailedAttemptsPerAddress", 50));
    private readonly TimeSpan _firstDelay = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Participation:Lockout:FirstDelaySeconds", 30)));
    private readonly TimeSpan _maxDelay = TimeSpan.FromMinutes(Math.Max(1, configuration.GetValue("Participation:Lockout:Minutes", 15)));

    /// <summary>Whether this client must wait before trying <paramref name="login"/> again.</summary>
    public bool MustWait(string login, IPAddress? address)
    {
        var now = clock.GetUtcNow();
        return Waiting(PairKey(login, address), _freeAttempts, now) || Waiting(AddressKey(address), _addressFreeAttempts, now);
    }

    public void RecordFailure(string login, IPAddress? address)
    {
        var now = clock.GetUtcNow();
        Prune(now);
        foreach (var key in new[] { PairKey(login, address), AddressKey(address) })
            _failures.AddOrUpdate(key, _ => new Failures(1, now), (_, f) => new Failures(f.Count + 1, now));
    }

    /// <summary>A correct password clears this pair's failures; the address keeps its count, so spraying many logins stays slow.</summary>
    public void RecordSuccess(string login, IPAddress? address) => _failures.TryRemove(PairKey(login, address), out _);

    private bool Waiting(string key, int freeAttempts, DateTimeOffset now)
        => _failures.TryGetValue(key, out var failures) && failures.Count >= freeAttempts && now < failures.LastUtc + Delay(failures.Count - freeAttempts);

    private TimeSpan Delay(int beyondFree)
        => TimeSpan.FromTicks(Math.Min(_maxDelay.Ticks, _firstDelay.Ticks * (1L << Math.Min(beyondFree, 20))));

    /// <summary>Forgets counts whose wait has long passed, so the table does not grow with every login ever typed.</summary>
    private void Prune(DateTimeOffset now)
    {
        if (_failures.Count < 10_000) return;
        foreach (var (key, failures) in _failures)
            if (now - failures.LastUtc > _maxDelay) _failures.TryRemove(key, out _);
    }

    private static string PairKey(string login, IPAddress? address) => $"{login.Trim().ToUpperInvariant()}\n{address}";

    private static string AddressKey(IPAddress? address) => $"\n{address}";

    private sealed record Failures(int Count, DateTimeOffset LastUtc);
}
