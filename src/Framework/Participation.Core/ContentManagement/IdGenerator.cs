using System.Security.Cryptography;

namespace Participation.ContentManagement;

/// <summary>26-character, URL-safe, unguessable ids for content items and versions (as Orchard's).</summary>
public static class IdGenerator
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    public static string NewId()
    {
        Span<byte> bytes = stackalloc byte[26];
        RandomNumberGenerator.Fill(bytes);
        Span<char> chars = stackalloc char[26];
        for (var i = 0; i < chars.Length; i++) chars[i] = Alphabet[bytes[i] & 31];
        return new string(chars);
    }
}
