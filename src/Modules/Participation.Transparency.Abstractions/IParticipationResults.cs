using Participation.Localization;

namespace Participation.Transparency;

/// <summary>
/// One participation tool's public results for the results page: what was asked, how many took
/// part, what was decided and what changed. Each module implements it over its own tables
/// (registered as <c>services.AddScoped&lt;IParticipationResults, …&gt;()</c>); Transparency only
/// gathers what the tools return, so a new tool adds its results by registering one more.
/// </summary>
public interface IParticipationResults
{
    /// <summary>A stable key naming the tool (<c>consultations</c>, <c>polls</c>…): the page's section id and its order's tie-break.</summary>
    string Tool { get; }

    /// <summary>Where the tool's section comes on the page, smallest first.</summary>
    int Position { get; }

    /// <summary>The years (of the site's time zone, through <paramref name="dates"/>) in which the tool concluded something public, for the year list.</summary>
    Task<IReadOnlyList<int>> YearsAsync(IDateDisplay dates);

    /// <summary>The tool's concluded entries of the year, in the visitor's language, counted by the database.</summary>
    Task<ToolResults> ListAsync(ResultsQuery query);

    /// <summary>The cache tags whose eviction means the tool's results changed (the page carries them all).</summary>
    IReadOnlyCollection<string> CacheTags { get; }
}
