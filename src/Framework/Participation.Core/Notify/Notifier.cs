using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace Participation.Notify;

/// <summary>
/// Keeps the notices in the request's TempData (an encrypted cookie), so they cross the
/// redirect that usually follows an action, and drops them once a page has listed them.
/// </summary>
public sealed class Notifier(IHttpContextAccessor http, ITempDataDictionaryFactory tempDataFactory) : INotifier
{
    private const string Key = "Notices";

    private ITempDataDictionary TempData => tempDataFactory.GetTempData(http.HttpContext ?? throw new InvalidOperationException("Notices belong to a request."));

    public void Add(NotifyType type, LocalizedString message)
    {
        var entries = Read(TempData.Peek(Key));
        entries.Add(new NotifyEntry(type, message.Value));
        TempData[Key] = JsonSerializer.Serialize(entries);
    }

    public IReadOnlyList<NotifyEntry> List() => Read(TempData[Key]);

    private static List<NotifyEntry> Read(object? stored) => stored is string json ? JsonSerializer.Deserialize<List<NotifyEntry>>(json) ?? [] : [];
}
