using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Participation.Files;
using Participation.Ideas.Domain;
using Participation.Ideas.Models;

namespace Participation.Ideas.Services;

/// <summary>
/// An idea's optional files through the suite's upload contract: the allow-list checked by name,
/// first bytes and structure (<see cref="UploadedFileCheck"/>), a size limit
/// (<c>Participation:Ideas:Attachments:MaxMegabytes</c>, 5 by default) and at most
/// <see cref="MaxFiles"/> files, kept in the site's file store (never under the web root).
/// </summary>
public sealed class IdeaAttachments(IFileStore files, IConfiguration configuration)
{
    public const int MaxFiles = 3;

    /// <summary>Documents and pictures: what an author shows a proposal with.</summary>
    public static readonly string[] Extensions = [".pdf", ".docx", ".jpg", ".jpeg", ".png"];

    public long MaxMegabytes => configuration.GetValue("Participation:Ideas:Attachments:MaxMegabytes", 5L);

    /// <summary>Why the files cannot be kept alongside the <paramref name="kept"/> ones; null when they can.</summary>
    public async Task<IdeaProblem?> CheckAsync(IReadOnlyList<IFormFile> chosen, int kept = 0)
    {
        if (kept + chosen.Count > MaxFiles) return new("An idea takes at most {0} files.", MaxFiles);
        foreach (var file in chosen)
        {
            var name = UploadedFileName.Clean(file.FileName);
            switch (await UploadedFileCheck.CheckAsync(file, Extensions, MaxMegabytes * 1024 * 1024))
            {
                case "size": return new("“{0}” is larger than {1} MB.", name, MaxMegabytes);
                case not null: return new("“{0}” is not a file an idea takes: PDF, Word (docx), JPEG or PNG.", name);
            }
        }
        return null;
    }

    public async Task<IdeaAttachment> SaveAsync(string ideaId, IFormFile file)
    {
        var name = UploadedFileName.Clean(file.FileName);
        var attachment = new IdeaAttachment { Id = Guid.NewGuid().ToString("N"), FileName = name, Extension = Path.GetExtension(name).ToLowerInvariant(), Size = file.Length };
        await using var content = file.OpenReadStream();
        await files.SaveAsync(PathOf(ideaId, attachment), content);
        return attachment;
    }

    /// <summary>The file's content, or null when it is gone.</summary>
    public Task<Stream?> OpenReadAsync(string ideaId, IdeaAttachment attachment) => files.OpenReadAsync(PathOf(ideaId, attachment));

    private static string PathOf(string ideaId, IdeaAttachment attachment) => $"ideas/{ideaId}/{attachment.Id}{attachment.Extension}";
}
