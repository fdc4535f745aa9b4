namespace Participation.Transparency;

/// <summary>A column of an open dataset, described in both languages for its README.</summary>
public sealed record OpenDataColumn(string Name, OpenDataColumnKind Kind, string DescriptionAr, string DescriptionEn);

public enum OpenDataColumnKind
{
    Text,
    Number,
    /// <summary>A day in Riyadh time, <c>yyyy-MM-dd</c> (or a month, <c>yyyy-MM</c>).</summary>
    Date,
    /// <summary>How many people (or their contributions, votes, requests) a row counts: withheld under the threshold.</summary>
    PeopleCount,
}
