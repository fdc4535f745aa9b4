using Participation.Ideas.Models;

namespace Participation.Ideas.Services;

/// <summary>The statuses the admin defined, oldest first, as the pages read them from the data cache (shared: read only).</summary>
public sealed record IdeaCustomStatusList(IReadOnlyList<IdeaCustomStatus> All)
{
    public IdeaCustomStatus? Find(string? key) => key is null ? null : All.FirstOrDefault(s => s.Key == key);

    /// <summary>The defined status's name in <paramref name="culture"/>; null for a shipped status (the page names it).</summary>
    public string? NameOf(string? key, string culture) => Find(key)?.Name(culture);
}
