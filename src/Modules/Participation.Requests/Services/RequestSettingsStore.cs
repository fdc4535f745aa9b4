using Participation.Data;
using Participation.Requests.Domain;
using Participation.Requests.Models;

namespace Participation.Requests.Services;

/// <summary>The request settings document, and the calendar and clock built from it.</summary>
public sealed class RequestSettingsStore(ISiteDocuments documents)
{
    private RequestSettings? _settings;

    public async Task<RequestSettings> GetAsync() => _settings ??= await documents.LoadAsync<RequestSettings>(RequestSettings.DocumentType) ?? new RequestSettings();

    public async Task SaveAsync(RequestSettings settings)
    {
        await documents.SaveAsync(RequestSettings.DocumentType, settings);
        _settings = settings;
    }

    public async Task<ResponseClock> ClockAsync() => new((await GetAsync()).Calendar.ToCalendar());
}
