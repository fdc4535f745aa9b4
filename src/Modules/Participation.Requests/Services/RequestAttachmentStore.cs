using Microsoft.AspNetCore.Http;
using Participation.Data;
using Participation.Files;
using Participation.Requests.Domain;
using Participation.Requests.Models;

namespace Participation.Requests.Services;

/// <summary>
/// Files sent with requests: checked against the admin's allow-list (type by name and first
/// bytes, size, count), kept in the data folder outside the web root, served only to the
/// participant and the staff who may open the request.
/// </summary>
public sealed class RequestAttachmentStore(IShellSettingsStore shell, TimeProvider clock)
{
    /// <summary>Null when every file may be kept, else what is wrong, for the <c>Attachments</c> field.</summary>
    public async Task<FieldProblem?> CheckAsync(IReadOnlyList<IFormFile> files, AttachmentSettings settings)
    {
        if (files.Count > settings.MaxFiles) return new("Attachments", "Attach at most {0} files.", settings.MaxFiles);
        foreach (var file in files)
        {
            var name = Path.GetFileName(file.FileName);
            switch (await UploadedFileCheck.CheckAsync(file, settings.Extensions, settings.MaxMegabytes * 1024L * 1024L))
            {
                case "size": return new("Attachments", "“{0}” is larger than {1} MB.", name, settings.MaxMegabytes);
                case "type": return new("Attachments", "“{0}” is not a file type we accept ({1}).", name, string.Join(" ", settings.Extensions));
            }
        }
        return null;
    }

    public async Task<RequestAttachment> SaveAsync(long requestId, long? entryId, IFormFile file)
    {
        var attachment = new RequestAttachment
        {
            Id = Guid.NewGuid().ToString("N"), RequestId = requestId, EntryId = entryId,
            FileName = Path.GetFileName(file.FileName), Extension = Path.GetExtension(file.FileName).ToLowerInvariant(),
            Size = file.Length, UploadedUtc = clock.GetUtcNow().UtcDateTime,
        };
        var path = PathOf(attachment);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var target = File.Create(path);
        await file.CopyToAsync(target);
        return attachment;
    }

    public void Delete(RequestAttachment attachment)
    {
        var path = PathOf(attachment);
        if (File.Exists(path)) File.Delete(path);
    }

    public string PathOf(RequestAttachment attachment) => Path.Combine(shell.DataPath, "requests", attachment.RequestId.ToString(System.Globalization.CultureInfo.InvariantCulture), attachment.Id + attachment.Extension);
}
