using System.Security.Cryptography;

namespace Participation.Http;

/// <summary>
/// This request's CSP nonce: the one inline <c>&lt;style&gt;</c> or <c>&lt;script&gt;</c> a page
/// may carry (<c>nonce="@Nonce.Value"</c>). Everything else comes from the site's own files.
/// </summary>
public sealed class ContentSecurityPolicyNonce
{
    public string Value { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
}
