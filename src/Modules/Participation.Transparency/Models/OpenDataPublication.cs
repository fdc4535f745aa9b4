using Participation.Transparency.Domain;

namespace Participation.Transparency.Models;

/// <summary>The open data as published now: null licence when none is chosen (nothing is published), null build when none is complete yet.</summary>
public sealed record OpenDataPublication(OpenDataLicence? Licence, OpenDataBuild? Build, IReadOnlyList<OpenDatasetSummary> Datasets)
{
    public bool IsPublished => Licence is not null && Build is not null;
}
