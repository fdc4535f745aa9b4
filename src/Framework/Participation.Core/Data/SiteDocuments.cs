using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Participation.Caching;

namespace Participation.Data;

/// <summary>
/// Site documents as rows of JSON. Settings are read on nearly every request, so each row's text
/// is kept in <see cref="IDataCache"/> and parsed per read (callers may change what they load and
/// save it); saving one evicts it and every cached page (settings and lists show on any of them).
/// </summary>
public sealed class SiteDocuments(ParticipationDbContext db, IPageCache pages, IDataCache cache) : ISiteDocuments
{
    private static readonly JsonSerializerOptions JsonOptions = new() { Converters = { new JsonStringEnumConverter() } };

    public async Task<T?> LoadAsync<T>(string type) where T : class
    {
        var json = await cache.GetOrReadAsync(Key(type), () => db.Documents.AsNoTracking().Where(d => d.Type == type).Select(d => d.Content).FirstOrDefaultAsync());
        return json is null ? null : JsonSerializer.Deserialize<T>(json, JsonOptions);
    }

    public async Task SaveAsync<T>(string type, T value) where T : class
    {
        var json = JsonSerializer.Serialize(value, JsonOptions);
        var document = await db.Documents.FindAsync(type);
        if (document is null) db.Documents.Add(new SiteDocument { Type = type, Content = json });
        else document.Content = json;
        await db.SaveChangesAsync();
        cache.Evict(Key(type));
        await pages.EvictAsync(CacheTags.Site);
    }

    private static string Key(string type) => "site-document:" + type;
}
