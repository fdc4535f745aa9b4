namespace Participation.Files;

/// <summary>One uploaded file kept in the database (<c>Participation:FileStore:Provider=Database</c>), by its store path.</summary>
public sealed class StoredFile
{
    public string Path { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public long Length { get; set; }
    public DateTime SavedUtc { get; set; }
}
