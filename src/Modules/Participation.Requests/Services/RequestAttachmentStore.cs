using Microsoft.AspNetCore.Http;
using Participation.Data;
using Participation.Files;
using Participation.Requests.Models;

namespace Participation.Requests.Services;

/// <summary>
/// Files sent with requests: checked against the admin's allow-list (type by name and first
/// bytes, size, count), kept in the data folder outside the web root, served only to the
/// participant and the staff who may open the request.
/// </summary>
public sealed class RequestAttachmentStore(IShellSettingsStore shell, TimeProvider clock)
{
    /// <summary>Null when every file may be kept, else the problem: "type", "size" or "count".</summary>
    public async Task<(string Problem, string FileName)?> CheckAsync(IReadOnlyList<IFormFile> files, AttachmentSettings settings)
    {
        if (files.Count > settings.MaxFiles) return ("count", "");
        foreach (var file in files)
            if (await UploadedFileCheck.CheckAsync(file, settings.Extensions, settings.MaxMegabytes * 1024L * 1024L) is { } problem) return (problem, Path.GetFileName(file.FileName));
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
