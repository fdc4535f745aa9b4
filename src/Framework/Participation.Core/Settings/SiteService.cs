using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;
using Participation.Data;

namespace Participation.Settings;

/// <summary>Keeps <see cref="SiteSettings"/> as a site document, cached between changes.</summary>
public sealed class SiteService(ISiteDocuments documents, IMemoryCache cache) : ISiteService
{
    private const string CacheKey = "Participation.SiteSettings";
    private static readonly string DocumentType = typeof(SiteSettings).FullName!;

    public async Task<SiteSettings> GetSettingsAsync()
    {
        if (cache.TryGetValue(CacheKey, out SiteSettings? cached) && cached is not null) return Copy(cached);
        var settings = await documents.LoadAsync<SiteSettings>(DocumentType) ?? new SiteSettings();
        cache.Set(CacheKey, settings);
        return Copy(settings);
    }

    public async Task UpdateSettingsAsync(SiteSettings settings)
    {
        await documents.SaveAsync(DocumentType, settings);
        // A transaction may still roll this back (setup, recipes): the next read reloads.
        cache.Remove(CacheKey);
    }

    private static SiteSettings Copy(SiteSettings s) => JsonSerializer.Deserialize<SiteSettings>(JsonSerializer.Serialize(s))!;
}
