using Participation.Transparency.Models;

namespace Participation.Transparency.ViewModels;

/// <summary>The public open data page, and the admin's page beside its settings.</summary>
public sealed class OpenDataViewModel
{
    public required OpenDataPublication Publication { get; init; }
    public OpenDataSettings? Settings { get; init; }
}
