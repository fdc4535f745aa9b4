using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Participation.Caching;

namespace Participation.Data;

/// <summary>Site documents as rows of JSON; saving one evicts every cached page (settings and lists show on any of them).</summary>
public sealed class SiteDocuments(ParticipationDbContext db, IPageCache pages) : ISiteDocuments
{
    private static readonly JsonSerializerOptions JsonOptions = new() { Converters = { new JsonStringEnumConverter() } };

    public async Task<T?> LoadAsync<T>(string type) where T : class
        => Parse<T>(await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Type == type));

    public async Task SaveAsync<T>(string type, T value) where T : class
    {
        var json = JsonSerializer.Serialize(value, JsonOptions);
        var document = await db.Documents.FindAsync(type);
        if (document is null) db.Documents.Add(new SiteDocument { Type = type, Content = json });
        else document.Content = json;
        await db.SaveChangesAsync();
        await pages.EvictAsync(CacheTags.Site);
    }

    private static T? Parse<T>(SiteDocument? document) where T : class
        => document is null ? null : JsonSerializer.Deserialize<T>(document.Content, JsonOptions);
}
