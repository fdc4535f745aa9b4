using Participation.ContentManagement;

namespace Participation.Consultations.ViewModels;

/// <summary>Consultations on the home page: those open now, or those decided recently.</summary>
public sealed class HomeConsultationsViewModel
{
    public required IReadOnlyList<ContentItem> Items { get; init; }
    public required DateTime NowUtc { get; init; }
    public required bool Decided { get; init; }
}
