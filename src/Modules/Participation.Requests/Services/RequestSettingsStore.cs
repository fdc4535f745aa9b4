using Participation.Caching;
using Participation.Data;
using Participation.Requests.Domain;
using Participation.Requests.Models;

namespace Participation.Requests.Services;

/// <summary>
/// The request settings document, and the calendar and clock built from it. The request forms
/// and the officers' pages read it on every request, so the parsed value is kept in
/// <see cref="IDataCache"/> and shared: it is immutable, and a change saves a new one and evicts it.
/// </summary>
public sealed class RequestSettingsStore(ISiteDocuments documents, IDataCache cache)
{
    private const string CacheKey = "request-settings";

    public Task<RequestSettings> GetAsync()
        => cache.GetOrReadAsync(CacheKey, async () => await documents.LoadAsync<RequestSettings>(RequestSettings.DocumentType) ?? new RequestSettings());

    public async Task SaveAsync(RequestSettings settings)
    {
        await documents.SaveAsync(RequestSettings.DocumentType, settings);
        cache.Evict(CacheKey);
    }

    public async Task<ResponseClock> ClockAsync() => new((await GetAsync()).Calendar.ToCalendar());
}
