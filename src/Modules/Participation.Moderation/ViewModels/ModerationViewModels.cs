using Participation.Moderation.Models;
using Participation.Moderation.Services;

namespace Participation.Moderation.ViewModels;

public sealed class QueueViewModel
{
    public required QueueTab Tab { get; init; }
    public required QueuePage Page { get; init; }
    public required IReadOnlyDictionary<QueueTab, int> TabCounts { get; init; }
    public bool FirstPage { get; init; }
    public required IReadOnlyList<HideReason> Reasons { get; init; }
    public required int BanSuggestionAt { get; init; }
    public string? ContentItemId { get; init; }
    public string? Reason { get; init; }
    public int? OlderThanHours { get; init; }
}

public sealed record BanRow(Ban Ban, string UserName, string DisplayName);

public sealed class BansViewModel
{
    public required IReadOnlyList<BanRow> Bans { get; init; }
    public required IReadOnlyList<HideReason> Reasons { get; init; }
    public string? UserId { get; init; }
    public string? UserLabel { get; init; }
}

public sealed class PolicyViewModel
{
    public required IReadOnlyList<ModerationReason> Reasons { get; init; }
    public required string Lexicon { get; init; }
    public required ModerationSettings Settings { get; init; }
    public required IReadOnlyList<(string Name, string DisplayName)> ContentTypes { get; init; }
}
