using Participation.Caching;
using Participation.Data;

namespace Participation.Settings;

/// <summary>
/// Keeps <see cref="SiteSettings"/> as a site document. Every page reads them (the layout), so
/// the parsed value is kept in <see cref="IDataCache"/> and shared: it is immutable, and a change
/// saves a new one and evicts it.
/// </summary>
public sealed class SiteService(ISiteDocuments documents, IDataCache cache) : ISiteService
{
    private const string CacheKey = "site-settings";
    private static readonly string DocumentType = typeof(SiteSettings).FullName!;

    public Task<SiteSettings> GetSettingsAsync()
        => cache.GetOrReadAsync(CacheKey, async () => await documents.LoadAsync<SiteSettings>(DocumentType) ?? new SiteSettings());

    public async Task UpdateSettingsAsync(SiteSettings settings)
    {
        await documents.SaveAsync(DocumentType, settings);
        cache.Evict(CacheKey);
    }
}
