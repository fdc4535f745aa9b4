using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Participation.Consultations.Models;
using Participation.Data;
using Participation.Files;

namespace Participation.Consultations.Services;

/// <summary>
/// Proposal documents: only PDF and Office files, recognised by their first bytes as well as
/// their name, within a size limit; kept in the data folder, never under the web root.
/// </summary>
public sealed class AttachmentStore(IShellSettingsStore shell, IConfiguration configuration, TimeProvider clock)
{
    /// <summary>The document types a proposal may carry.</summary>
    public static readonly string[] Extensions = [".pdf", ".docx", ".xlsx", ".pptx", ".doc", ".xls", ".ppt"];

    public long MaxBytes => configuration.GetValue("Participation:Attachments:MaxMegabytes", 20L) * 1024 * 1024;

    /// <summary>Null when the file may be kept, else the problem: "type" or "size".</summary>
    public Task<string?> CheckAsync(IFormFile file) => UploadedFileCheck.CheckAsync(file, Extensions, MaxBytes);

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
