using System.Text;

namespace Participation.Caching;

/// <summary>
/// A page rendered for signed-in people with a marker where each form's antiforgery token goes
/// and a slot's marker where each personal block goes, as kept in the output cache's store: its
/// content type and bytes, the marker, and the blocks to build. A slot's marker is the token's
/// marker followed by <c>slot</c> and the slot's number in two letters; a form's token is followed
/// by the attribute's closing quote, so neither is taken for the other.
/// </summary>
internal sealed record PageTemplate(string TokenMarker, string ContentType, byte[] Body, IReadOnlyList<FragmentSlot> Fragments)
{
    private static readonly byte[] Magic = "page-template:2\n"u8.ToArray();

    private static ReadOnlySpan<byte> Slot => "slot"u8;

    public static string SlotMarker(string tokenMarker, int index) => $"{tokenMarker}slot{(char)('a' + index / 26)}{(char)('a' + index % 26)}";

    /// <summary>
    /// The page with the token <paramref name="token"/> gives (asked once, only when a form needs
    /// it) in place of every token marker, and each slot's block from <paramref name="fragments"/>
    /// (the HTML of <see cref="Fragments"/>, in order) in place of its marker.
    /// </summary>
    public byte[] Fill(Func<string> token, IReadOnlyList<byte[]> fragments)
    {
        var marker = Encoding.ASCII.GetBytes(TokenMarker);
        byte[]? value = null;
        using var filled = new MemoryStream(Body.Length + 256 + fragments.Sum(f => f.Length));
        ReadOnlySpan<byte> rest = Body;
        for (var at = rest.IndexOf(marker); at >= 0; at = rest.IndexOf(marker))
        {
            filled.Write(rest[..at]);
            rest = rest[(at + marker.Length)..];
            if (SlotIndex(rest) is { } slot && slot < fragments.Count)
            {
                filled.Write(fragments[slot]);
                rest = rest[(Slot.Length + 2)..];
            }
            else filled.Write(value ??= Encoding.ASCII.GetBytes(token()));
        }
        filled.Write(rest);
        return filled.ToArray();
    }

    private static int? SlotIndex(ReadOnlySpan<byte> after)
        => after.StartsWith(Slot) && after.Length >= Slot.Length + 2 && IsLetter(after[Slot.Length]) && IsLetter(after[Slot.Length + 1])
            ? (after[Slot.Length] - 'a') * 26 + (after[Slot.Length + 1] - 'a')
            : null;

    private static bool IsLetter(byte b) => b is >= (byte)'a' and <= (byte)'z';

    public byte[] ToBytes()
    {
        var head = new StringBuilder().Append(TokenMarker).Append('\n').Append(ContentType).Append('\n').Append(Fragments.Count).Append('\n');
        foreach (var slot in Fragments) head.Append(Uri.EscapeDataString(slot.Name)).Append(' ').Append(Uri.EscapeDataString(slot.Key)).Append('\n');
        return [.. Magic, .. Encoding.UTF8.GetBytes(head.ToString()), .. Body];
    }

    /// <summary>The template kept as <paramref name="kept"/>, or null when it is not one (another format).</summary>
    public static PageTemplate? Read(ReadOnlySpan<byte> kept)
    {
        if (!kept.StartsWith(Magic)) return null;
        var rest = kept[Magic.Length..];
        if (!Line(ref rest, out var marker) || !Line(ref rest, out var contentType) || !Line(ref rest, out var countLine) || !int.TryParse(countLine, out var count)) return null;
        var fragments = new List<FragmentSlot>(count);
        for (var i = 0; i < count; i++)
        {
            if (!Line(ref rest, out var line) || line.Split(' ') is not [var name, var key]) return null;
            fragments.Add(new FragmentSlot(Uri.UnescapeDataString(name), Uri.UnescapeDataString(key)));
        }
        return new PageTemplate(marker, contentType, rest.ToArray(), fragments);
    }

    private static bool Line(ref ReadOnlySpan<byte> rest, out string line)
    {
        var end = rest.IndexOf((byte)'\n');
        line = end < 0 ? "" : Encoding.UTF8.GetString(rest[..end]);
        if (end < 0) return false;
        rest = rest[(end + 1)..];
        return true;
    }
}
