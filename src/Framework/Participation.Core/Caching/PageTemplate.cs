using System.Text;

namespace Participation.Caching;

/// <summary>
/// A page rendered for signed-in people with a marker where each form's antiforgery token goes,
/// as kept in the output cache's store: its content type and bytes, and the marker to fill.
/// </summary>
internal sealed record PageTemplate(string TokenMarker, string ContentType, byte[] Body)
{
    private static readonly byte[] Magic = "page-template:1\n"u8.ToArray();

    public bool HasMarker => Body.AsSpan().IndexOf(Encoding.ASCII.GetBytes(TokenMarker)) >= 0;

    /// <summary>The page with <paramref name="token"/> in place of every marker.</summary>
    public byte[] Fill(string token)
    {
        var marker = Encoding.ASCII.GetBytes(TokenMarker);
        var value = Encoding.ASCII.GetBytes(token);
        using var filled = new MemoryStream(Body.Length + 256);
        ReadOnlySpan<byte> rest = Body;
        for (var at = rest.IndexOf(marker); at >= 0; at = rest.IndexOf(marker))
        {
            filled.Write(rest[..at]);
            filled.Write(value);
            rest = rest[(at + marker.Length)..];
        }
        filled.Write(rest);
        return filled.ToArray();
    }

    public byte[] ToBytes() => [.. Magic, .. Encoding.ASCII.GetBytes(TokenMarker + "\n" + ContentType + "\n"), .. Body];

    /// <summary>The template kept as <paramref name="kept"/>, or null when it is not one (another format).</summary>
    public static PageTemplate? Read(ReadOnlySpan<byte> kept)
    {
        if (!kept.StartsWith(Magic)) return null;
        var rest = kept[Magic.Length..];
        var end = rest.IndexOf((byte)'\n');
        if (end < 0) return null;
        var marker = Encoding.ASCII.GetString(rest[..end]);
        rest = rest[(end + 1)..];
        end = rest.IndexOf((byte)'\n');
        if (end < 0) return null;
        return new PageTemplate(marker, Encoding.ASCII.GetString(rest[..end]), rest[(end + 1)..].ToArray());
    }
}
