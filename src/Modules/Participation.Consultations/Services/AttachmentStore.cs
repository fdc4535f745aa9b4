using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Participation.Consultations.Models;
using Participation.Data;

namespace Participation.Consultations.Services;

/// <summary>
/// Proposal documents: only PDF and Office files, recognised by their first bytes as well as
/// their name, within a size limit; kept in the data folder, never under the web root.
/// </summary>
public sealed class AttachmentStore(IShellSettingsStore shell, IConfiguration configuration, TimeProvider clock)
{
    private static readonly byte[] Pdf = "%PDF"u8.ToArray();
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];          // docx, xlsx, pptx
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]; // doc, xls, ppt

    /// <summary>Allowed extensions, the signature each must start with, and the type it is served as.</summary>
    public static readonly IReadOnlyDictionary<string, (byte[] Signature, string ContentType)> Allowed = new Dictionary<string, (byte[], string)>(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = (Pdf, "application/pdf"),
        [".docx"] = (Zip, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        [".xlsx"] = (Zip, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        [".pptx"] = (Zip, "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
        [".doc"] = (Ole, "application/msword"),
        [".xls"] = (Ole, "application/vnd.ms-excel"),
        [".ppt"] = (Ole, "application/vnd.ms-powerpoint"),
    };

    public long MaxBytes => configuration.GetValue("Participation:Attachments:MaxMegabytes", 20L) * 1024 * 1024;

    /// <summary>Null when the file may be kept, else the problem: "type" or "size".</summary>
    public async Task<string?> CheckAsync(IFormFile file)
    {
        var extension = Path.GetExtension(file.FileName);
        if (!Allowed.TryGetValue(extension, out var allowed)) return "type";
        if (file.Length > MaxBytes) return "size";
        var head = new byte[allowed.Signature.Length];
        await using var stream = file.OpenReadStream();
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false);
        return read == head.Length && head.AsSpan().SequenceEqual(allowed.Signature) ? null : "type";
    }

    public async Task<Attachment> SaveAsync(string contentItemId, IFormFile file)
    {
        var attachment = new Attachment
        {
            Id = Guid.NewGuid().ToString("N"),
            FileName = Path.GetFileName(file.FileName),
            Extension = Path.GetExtension(file.FileName).ToLowerInvariant(),
            Size = file.Length,
            UploadedUtc = clock.GetUtcNow().UtcDateTime,
        };
        var path = PathOf(contentItemId, attachment);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var target = File.Create(path);
        await file.CopyToAsync(target);
        return attachment;
    }

    public void Delete(string contentItemId, Attachment attachment)
    {
        var path = PathOf(contentItemId, attachment);
        if (File.Exists(path)) File.Delete(path);
    }

    public string PathOf(string contentItemId, Attachment attachment)
        => Path.Combine(shell.DataPath, "attachments", contentItemId, attachment.Id + attachment.Extension);
}
