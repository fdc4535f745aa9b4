using Participation.ContentManagement;

namespace Participation.Polls.ViewModels;

/// <summary>Open polls on the home page.</summary>
public sealed class HomePollsViewModel
{
    public required IReadOnlyList<ContentItem> Polls { get; init; }
}
