using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;
using Participation.Data;

namespace Participation.Settings;

/// <summary>Keeps <see cref="SiteSettings"/> as a JSON document, cached between changes.</summary>
public sealed class SiteService(ParticipationDbContext db, IMemoryCache cache) : ISiteService
{
    private const string CacheKey = "Participation.SiteSettings";
    private static readonly string DocumentType = typeof(SiteSettings).FullName!;

    public async Task<SiteSettings> GetSettingsAsync()
    {
        if (cache.TryGetValue(CacheKey, out SiteSettings? cached) && cached is not null) return Copy(cached);
        var document = await db.Documents.FindAsync(DocumentType);
        var settings = document is null ? new SiteSettings() : JsonSerializer.Deserialize<SiteSettings>(document.Content) ?? new SiteSettings();
        cache.Set(CacheKey, settings);
        return Copy(settings);
    }

    public async Task UpdateSettingsAsync(SiteSettings settings)
    {
        var json = JsonSerializer.Serialize(settings);
        var document = await db.Documents.FindAsync(DocumentType);
        if (document is null) db.Documents.Add(new SiteDocument { Type = DocumentType, Content = json });
        else document.Content = json;
        await db.SaveChangesAsync();
        // A transaction may still roll this back (setup, recipes): the next read reloads.
        cache.Remove(CacheKey);
    }

    private static SiteSettings Copy(SiteSettings s) => JsonSerializer.Deserialize<SiteSettings>(JsonSerializer.Serialize(s))!;
}
