using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Files;
using Participation.Requests.Domain;
using Participation.Requests.Models;

namespace Participation.Requests.Services;

/// <summary>
/// Files sent with requests: checked against the admin's allow-list (type by name and first
/// bytes, size, count), kept in the site's file store outside the web root, served only to the
/// participant and the staff who may open the request.
/// </summary>
public sealed class RequestAttachmentStore(IFileStore files, IDataSession session, TimeProvider clock)
{
    /// <summary>Null when every file may be kept, else what is wrong, for the <c>Attachments</c> field.</summary>
    public async Task<FieldProblem?> CheckAsync(IReadOnlyList<IFormFile> uploads, AttachmentSettings settings)
    {
        if (uploads.Count > settings.MaxFiles) return new("Attachments", "Attach at most {0} files.", settings.MaxFiles);
        foreach (var file in uploads)
        {
            var name = UploadedFileName.Clean(file.FileName);
            switch (await UploadedFileCheck.CheckAsync(file, settings.Extensions, settings.MaxMegabytes * 1024L * 1024L))
            {
                case "size": return new("Attachments", "“{0}” is larger than {1} MB.", name, settings.MaxMegabytes);
                case "type": return new("Attachments", "“{0}” is not a file type we accept ({1}).", name, string.Join(" ", settings.Extensions));
            }
        }
        return null;
    }

    /// <summary>Keeps the file; the caller adds the returned row in its transaction.</summary>
    public async Task<RequestAttachment> SaveAsync(long requestId, long? entryId, IFormFile file)
    {
        var name = UploadedFileName.Clean(file.FileName);
        var attachment = new RequestAttachment
        {
            Id = Guid.NewGuid().ToString("N"), RequestId = requestId, EntryId = entryId,
            FileName = name, Extension = Path.GetExtension(name).ToLowerInvariant(),
            Size = file.Length, UploadedUtc = clock.GetUtcNow().UtcDateTime,
        };
        await using var content = file.OpenReadStream();
        await files.SaveAsync(PathOf(attachment), content);
        return attachment;
    }

    public Task DeleteAsync(RequestAttachment attachment) => files.DeleteAsync(PathOf(attachment));

    /// <summary>The request's files, oldest first.</summary>
    public Task<List<RequestAttachment>> ListAsync(long requestId)
        => session.Set<RequestAttachment>().AsNoTracking().Where(a => a.RequestId == requestId).OrderBy(a => a.UploadedUtc).ToListAsync();

    /// <summary>One of the request's files with its content, or null when there is no such file. The caller checked who asks.</summary>
    public async Task<(RequestAttachment Attachment, Stream Content)?> OpenAsync(long requestId, string attachmentId)
    {
        var attachment = await session.Set<RequestAttachment>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId && a.RequestId == requestId);
        return attachment is not null && await files.OpenReadAsync(PathOf(attachment)) is { } content ? (attachment, content) : null;
    }

    // Where installed sites have kept them from the start: {data}/requests/{request id}/{id}{extension}.
    private static string PathOf(RequestAttachment attachment)
        => $"requests/{attachment.RequestId.ToString(System.Globalization.CultureInfo.InvariantCulture)}/{attachment.Id}{attachment.Extension}";
}
