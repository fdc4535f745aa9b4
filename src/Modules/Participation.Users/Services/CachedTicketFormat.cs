using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Caching.Memory;

namespace Participation.Users.Services;

/// <summary>
/// The sign-in cookie's format with the tickets it opened recently kept in memory, so a person
/// posting votes does not pay data protection's decryption and the ticket's deserialising on every
/// request (the largest share of a signed-in POST's CPU after the page itself).
/// Why this keeps the cookie's security:
/// <list type="bullet">
/// <item>An entry is found only by the SHA-256 of the exact cookie text that decrypted to it:
/// decryption is a pure function of that text and the key ring, so a hit answers what decrypting
/// would. A cookie that does not decrypt (tampered, foreign, under an unknown key) is never kept
/// and is refused as before.</item>
/// <item>Everything checked after decryption is still checked on every request, against the
/// ticket handed out: its expiry (the cookie handler), the account's current security stamp (a
/// signed-out, password-changed or locked account's cookie is refused at once —
/// <see cref="SessionStampValidator"/>; sign-out is revoked server-side by the stamp, there is no
/// other revocation list), and the principal's refresh once a minute.</item>
/// <item>Each request gets its own copy of the principal and properties, so nothing a request
/// changes reaches the next.</item>
/// <item>Bounded: at most <see cref="Capacity"/> tickets, each for <see cref="Lifetime"/> at most
/// (and never past the ticket's own expiry); a full cache adds nothing more until entries expire, so
/// a flood of fresh cookies costs what it cost before, not memory. A data-protection key revoked by
/// hand stops opening cookies within <see cref="Lifetime"/>, not at once.</item>
/// </list>
/// Per node: every node decrypts the same cookie to the same ticket, so nothing here differs between nodes.
/// </summary>
public sealed class CachedTicketFormat(ISecureDataFormat<AuthenticationTicket> inner, TimeProvider clock) : ISecureDataFormat<AuthenticationTicket>
{
    public const int Capacity = 10_000;
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly MemoryCache _tickets = new(new MemoryCacheOptions { SizeLimit = Capacity });

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (string.IsNullOrEmpty(protectedText)) return inner.Unprotect(protectedText, purpose);
        var key = Key(protectedText, purpose);
        if (_tickets.TryGetValue(key, out AuthenticationTicket? kept) && kept is not null) return Copy(kept);
        var ticket = inner.Unprotect(protectedText, purpose);
        if (ticket is null) return null;
        var now = clock.GetUtcNow();
        var until = now + Lifetime;
        if (ticket.Properties.ExpiresUtc is { } expires && expires < until) until = expires;
        if (until > now) _tickets.Set(key, Copy(ticket), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = until - now });
        return ticket;
    }

    private static string Key(string protectedText, string? purpose)
        => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(purpose is null ? protectedText : purpose + "\n" + protectedText)));

    private static AuthenticationTicket Copy(AuthenticationTicket ticket) => new(ticket.Principal.Clone(), ticket.Properties.Clone(), ticket.AuthenticationScheme);
}
