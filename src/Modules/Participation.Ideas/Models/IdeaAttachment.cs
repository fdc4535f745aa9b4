namespace Participation.Ideas.Models;

/// <summary>A file an author attached to an idea: kept in the site's file store under the idea, served by the idea's own address.</summary>
public sealed class IdeaAttachment
{
    public string Id { get; set; } = "";
    /// <summary>The name it was sent with, cleaned (<see cref="Participation.Files.UploadedFileName"/>).</summary>
    public string FileName { get; set; } = "";
    public string Extension { get; set; } = "";
    public long Size { get; set; }
}
