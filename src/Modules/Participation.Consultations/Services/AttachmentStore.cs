using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Participation.Consultations.Models;
using Participation.Files;

namespace Participation.Consultations.Services;

/// <summary>
/// Proposal documents: only PDF and Office files, recognised by their first bytes as well as
/// their name, within a size limit; kept in the site's file store, never under the web root.
/// </summary>
public sealed class AttachmentStore(IFileStore files, IConfiguration configuration, TimeProvider clock)
{
    /// <summary>The document types a proposal may carry.</summary>
    public static readonly string[] Extensions = [".pdf", ".docx", ".xlsx", ".pptx", ".doc", ".xls", ".ppt"];

    public long MaxBytes => configuration.GetValue("Participation:Attachments:MaxMegabytes", 20L) * 1024 * 1024;

    /// <summary>Null when the file may be kept, else the problem: "type" or "size".</summary>
    public Task<string?> CheckAsync(IFormFile file) => UploadedFileCheck.CheckAsync(file, Extensions, MaxBytes);

    public async Task<Attachment> SaveAsync(string contentItemId, IFormFile file)
    {
        var name = UploadedFileName.Clean(file.FileName);
        var attachment = new Attachment
        {
            Id = Guid.NewGuid().ToString("N"),
            FileName = name,
            Extension = Path.GetExtension(name).ToLowerInvariant(),
            Size = file.Length,
            UploadedUtc = clock.GetUtcNow().UtcDateTime,
        };
        await using var content = file.OpenReadStream();
        await files.SaveAsync(PathOf(contentItemId, attachment), content);
        return attachment;
    }

    public Task DeleteAsync(string contentItemId, Attachment attachment) => files.DeleteAsync(PathOf(contentItemId, attachment));

    /// <summary>The document's content, or null when its file is gone.</summary>
    public Task<Stream?> OpenReadAsync(string contentItemId, Attachment attachment) => files.OpenReadAsync(PathOf(contentItemId, attachment));

    // Where installed sites have kept them from the start: {data}/attachments/{item}/{id}{extension}.
    private static string PathOf(string contentItemId, Attachment attachment) => $"attachments/{contentItemId}/{attachment.Id}{attachment.Extension}";
}
