using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;

namespace Participation.Caching;

/// <summary>
/// The framework's antiforgery, remembering for a moment the token pairs it found valid, so that
/// a person posting votes does not pay two data-protection decryptions and a hash of their claims
/// on every post (a tenth of a vote's CPU). Why this keeps the check's security:
/// <list type="bullet">
/// <item>The framework's validation is a pure function of the cookie token's text, the request
/// token's text (header, else form field, as its token store reads them), the signed-in
/// principal's identities (their claims and names) and the key ring. An entry is found only by the
/// SHA-256 of all of these, every claim included, so a hit answers what validating would.</item>
/// <item>Only a pair found valid is kept: a missing, tampered, foreign or another person's token
/// is refused, with the framework's exception, every time.</item>
/// <item>Bounded: at most <see cref="Capacity"/> pairs, each for <see cref="Lifetime"/>; a full
/// cache keeps nothing more until entries expire. A data-protection key revoked by hand stops
/// validating tokens within <see cref="Lifetime"/>, not at once (as <c>CachedTicketFormat</c>'s cookies).</item>
/// </list>
/// Per node: every node validates the same pair the same way. It also remembers the request token
/// handed to a cookie and principal (<see cref="GetAndStoreTokens"/>), with the same key and bounds.
/// </summary>
internal sealed class RememberingAntiforgery(IAntiforgery antiforgery, AntiforgeryOptions options) : IAntiforgery
{
    public const int Capacity = 10_000;
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly MemoryCache _valid = new(new MemoryCacheOptions { SizeLimit = Capacity });

    /// <summary>The request tokens handed out per antiforgery cookie and principal (see <see cref="GetAndStoreTokens"/>).</summary>
    private readonly MemoryCache _issued = new(new MemoryCacheOptions { SizeLimit = Capacity });

    /// <summary>
    /// The framework's tokens, or the request token it handed this browser's cookie and this principal
    /// a moment ago: a page's token costs no decryption of the cookie and no encryption of a new
    /// token on each page a person reads (a quarter of a signed-in page's CPU). A request token is
    /// bound to the cookie token and the principal alone, so the one handed before validates as a new
    /// one would; it is found by the SHA-256 of the cookie's text and every identity and claim, as a
    /// valid pair is, and only when the cookie came with the request (a new cookie is the framework's
    /// to make and set). The response gets the framework's do-not-cache headers either way.
    /// </summary>
    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext)
    {
        var cookie = options.Cookie.Name is { } name ? httpContext.Request.Cookies[name] : null;
        if (httpContext.Features.Get<IssuedTokens>() is not { } issued)
        {
            issued = new IssuedTokens(string.IsNullOrEmpty(cookie) ? null : Hash(new StringBuilder("issued\n").Append(cookie), httpContext.User));
            httpContext.Features.Set(issued);
        }
        if (issued.Key is { } key && _issued.TryGetValue(key, out string? token) && token is not null)
        {
            if (!httpContext.Response.HasStarted)
            {
                httpContext.Response.Headers.CacheControl = "no-cache, no-store";
                httpContext.Response.Headers.Pragma = "no-cache";
            }
            return new AntiforgeryTokenSet(token, null, options.FormFieldName, options.HeaderName);
        }
        var tokens = antiforgery.GetAndStoreTokens(httpContext);
        // Kept only when the browser's own cookie was reused: a new one would key another entry.
        if (issued.Key is not null && tokens.CookieToken is null && tokens.RequestToken is { } handed)
            _issued.Set(issued.Key, handed, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
        return tokens;
    }

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) => antiforgery.GetTokens(httpContext);

    public void SetCookieTokenAndHeader(HttpContext httpContext) => antiforgery.SetCookieTokenAndHeader(httpContext);

    public async Task<bool> IsRequestValidAsync(HttpContext httpContext)
    {
        // The framework lets the safe methods through without tokens; only a post's pair is remembered.
        if (HttpMethods.IsGet(httpContext.Request.Method) || HttpMethods.IsHead(httpContext.Request.Method) || HttpMethods.IsOptions(httpContext.Request.Method) || HttpMethods.IsTrace(httpContext.Request.Method))
            return await antiforgery.IsRequestValidAsync(httpContext);
        var key = await KeyAsync(httpContext);
        if (key is not null && _valid.TryGetValue(key, out _)) return true;
        var valid = await antiforgery.IsRequestValidAsync(httpContext);
        if (valid && key is not null) Remember(key);
        return valid;
    }

    public async Task ValidateRequestAsync(HttpContext httpContext)
    {
        var key = await KeyAsync(httpContext);
        if (key is not null && _valid.TryGetValue(key, out _)) return;
        await antiforgery.ValidateRequestAsync(httpContext);
        if (key is not null) Remember(key);
    }

    private void Remember(string key) => _valid.Set(key, true, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });

    /// <summary>The hash of what the framework's validation reads; null when a token is missing (the framework refuses it).</summary>
    private async Task<string?> KeyAsync(HttpContext httpContext)
    {
        var request = httpContext.Request;
        var cookie = options.Cookie.Name is { } name ? request.Cookies[name] : null;
        if (string.IsNullOrEmpty(cookie)) return null;
        string? token = options.HeaderName is { } header ? request.Headers[header].ToString() : null;
        if (string.IsNullOrEmpty(token) && request.HasFormContentType)
        {
            // A body the form reader refuses (over its limits, cut short): the framework's check answers
            // it as it does without this wrapper, with its AntiforgeryValidationException (a 400), not a 500.
            try { token = (await request.ReadFormAsync())[options.FormFieldName].ToString(); }
            catch (Exception e) when (e is InvalidDataException or IOException) { return null; }
        }
        if (string.IsNullOrEmpty(token)) return null;
        return Hash(new StringBuilder(cookie.Length + token.Length + 512).Append(cookie).Append('\n').Append(token), httpContext.User);
    }

    /// <summary>The SHA-256 of <paramref name="text"/> and every identity of <paramref name="user"/>, each claim included.</summary>
    private static string Hash(StringBuilder text, ClaimsPrincipal user)
    {
        foreach (var identity in user.Identities)
        {
            // Unit separators between fields: no claim can pass for another by its text.
            text.Append('\u001e').Append(identity.IsAuthenticated ? '1' : '0').Append(identity.AuthenticationType).Append('\u001f').Append(identity.Name);
            foreach (var claim in identity.Claims) text.Append('\u001f').Append(claim.Type).Append('\u001d').Append(claim.Value).Append('\u001d').Append(claim.Issuer);
        }
        return Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The key of a request's issued token, hashed once however many forms ask (null without a cookie).</summary>
    private sealed record IssuedTokens(string? Key);
}
