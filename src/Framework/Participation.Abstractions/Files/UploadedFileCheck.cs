using Microsoft.AspNetCore.Http;

namespace Participation.Files;

/// <summary>
/// Checks an upload against an allow-list: by its extension and by its first bytes (a
/// renamed executable is refused), within a size limit.
/// </summary>
public static class UploadedFileCheck
{
    private static readonly byte[] Pdf = "%PDF"u8.ToArray();
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];                          // docx, xlsx, pptx
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];  // doc, xls, ppt
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Every type the suite knows: the signature each must start with and the type it is served as.</summary>
    public static readonly IReadOnlyDictionary<string, (byte[] Signature, string ContentType)> Known = new Dictionary<string, (byte[], string)>(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = (Pdf, "application/pdf"),
        [".docx"] = (Zip, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        [".xlsx"] = (Zip, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        [".pptx"] = (Zip, "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
        [".doc"] = (Ole, "application/msword"),
        [".xls"] = (Ole, "application/vnd.ms-excel"),
        [".ppt"] = (Ole, "application/vnd.ms-powerpoint"),
        [".jpg"] = (Jpeg, "image/jpeg"),
        [".jpeg"] = (Jpeg, "image/jpeg"),
        [".png"] = (Png, "image/png"),
    };

    public static string ContentTypeOf(string extension) => Known.TryGetValue(extension, out var known) ? known.ContentType : "application/octet-stream";

    /// <summary>Null when the file may be kept, else the problem: "type" or "size".</summary>
    public static async Task<string?> CheckAsync(IFormFile file, IEnumerable<string> allowedExtensions, long maxBytes)
    {
        var extension = Path.GetExtension(file.FileName);
        if (!allowedExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase) || !Known.TryGetValue(extension, out var known)) return "type";
        if (file.Length > maxBytes) return "size";
        var head = new byte[known.Signature.Length];
        await using var stream = file.OpenReadStream();
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false);
        return read == head.Length && head.AsSpan().SequenceEqual(known.Signature) ? null : "type";
    }
}
