using Microsoft.AspNetCore.Mvc;

namespace Participation.Files;

/// <summary>
/// A stored upload sent back as a download under its own name, as the type the server checked
/// when it was accepted (by its extension), and never sniffed by the browser as something else.
/// </summary>
public sealed class StoredFileResult : FileStreamResult
{
    public StoredFileResult(Stream content, string fileName, string extension) : base(content, UploadedFileCheck.ContentTypeOf(extension))
        => FileDownloadName = fileName;

    public override Task ExecuteResultAsync(ActionContext context)
    {
        context.HttpContext.Response.Headers.XContentTypeOptions = "nosniff";
        return base.ExecuteResultAsync(context);
    }
}
