namespace Participation.Data;

/// <summary>
/// Site-wide documents (settings and small managed lists) stored as JSON under a type name
/// (Orchard's document manager). Saving joins the caller's transaction.
/// </summary>
public interface ISiteDocuments
{
    Task<T?> LoadAsync<T>(string type) where T : class;
    Task SaveAsync<T>(string type, T value) where T : class;
}
