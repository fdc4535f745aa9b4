using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Participation.Files;

/// <summary>
/// Checks an upload against an allow-list: by its extension, by its first bytes (a renamed
/// executable is refused) and by its structure (a PDF that is also a web page, an Office file
/// that carries a program), within a size limit.
/// </summary>
public static class UploadedFileCheck
{
    private static readonly byte[] Pdf = "%PDF"u8.ToArray();
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];                          // docx, xlsx, pptx
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];  // doc, xls, ppt
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    // Markup a browser or viewer would take for a page: a PDF has none of it in its first kilobyte.
    private static readonly string[] PageMarkup = ["<html", "<script", "<!doctype", "<body", "<svg", "<iframe"];
    // Files an Office document never holds but a program's carrier does.
    private static readonly HashSet<string> Executables = new(StringComparer.OrdinalIgnoreCase)
    {
        ".exe", ".dll", ".com", ".scr", ".pif", ".bat", ".cmd", ".msi", ".cpl", ".sys", ".js", ".jse", ".vbs", ".vbe", ".wsf", ".ps1", ".hta", ".jar", ".sh", ".lnk",
    };
    private const int MaxZipEntries = 10_000;

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
        var extension = Path.GetExtension(UploadedFileName.Clean(file.FileName));
        if (!allowedExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase) || !Known.TryGetValue(extension, out var known)) return "type";
        if (file.Length > maxBytes) return "size";
        await using var stream = file.OpenReadStream();
        var head = new byte[Math.Max(known.Signature.Length, 1024)];
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false);
        if (read < known.Signature.Length || !head.AsSpan(0, known.Signature.Length).SequenceEqual(known.Signature)) return "type";
        var sound = known.Signature == Pdf ? await IsSoundPdfAsync(stream, head.AsMemory(0, read))
            : known.Signature == Zip ? IsSoundOfficeArchive(stream)
            : true;
        return sound ? null : "type";
    }

    // A whole PDF ends with %%EOF (in its last kilobyte, as readers look for it) and starts as a PDF, not as a page.
    private static async Task<bool> IsSoundPdfAsync(Stream stream, ReadOnlyMemory<byte> head)
    {
        var start = Encoding.Latin1.GetString(head.Span);
        if (PageMarkup.Any(m => start.Contains(m, StringComparison.OrdinalIgnoreCase))) return false;
        if (!stream.CanSeek) return false;
        var tail = new byte[Math.Min(1024, stream.Length)];
        stream.Seek(-tail.Length, SeekOrigin.End);
        await stream.ReadExactlyAsync(tail);
        return Encoding.Latin1.GetString(tail).Contains("%%EOF", StringComparison.Ordinal);
    }

    // An Office Open XML file is a package with [Content_Types].xml, holding no program.
    private static bool IsSoundOfficeArchive(Stream stream)
    {
        if (!stream.CanSeek) return false;
        stream.Seek(0, SeekOrigin.Begin);
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxZipEntries || zip.GetEntry("[Content_Types].xml") is null) return false;
            Span<byte> magic = stackalloc byte[2];
            foreach (var entry in zip.Entries)
            {
                if (Executables.Contains(Path.GetExtension(entry.FullName))) return false;
                if (entry.Length < 2) continue;
                using var content = entry.Open();
                if (content.ReadAtLeast(magic, 2, throwOnEndOfStream: false) == 2 && magic[0] == (byte)'M' && magic[1] == (byte)'Z') return false;
            }
            return true;
        }
        // A damaged or cut archive: what the reader throws for it depends on where it is cut.
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentOutOfRangeException) { return false; }
    }
}
