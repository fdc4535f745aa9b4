namespace Participation.Transparency;

/// <summary>
/// One open dataset a module publishes at <c>/open-data</c> and <c>/api/open-data/{name}</c>:
/// aggregates over the module's own tables, computed by the database, with no personal data.
/// Transparency withholds counts of fewer people than the site's threshold (the columns marked
/// <see cref="OpenDataColumnKind.PeopleCount"/>), writes the CSV, JSON and README, and pages the API.
/// Registered as <c>services.AddScoped&lt;IOpenDataset, …&gt;()</c>.
/// </summary>
public interface IOpenDataset
{
    /// <summary>The file and URL name: lower-case letters and dashes (<c>consultations</c>).</summary>
    string Name { get; }

    string TitleAr { get; }

    string TitleEn { get; }

    IReadOnlyList<OpenDataColumn> Columns { get; }

    /// <summary>
    /// True when each row is a group of people (contributions of one day, requests of one month and
    /// category): a row whose every count is emptied is withheld. False when each row is a published
    /// item (a consultation, an idea), which stays with its small counts emptied.
    /// </summary>
    bool RowsAreGroups { get; }

    /// <summary>The rows in a stable order, one value per column (text, a number, a date as <c>yyyy-MM-dd</c>, or null).</summary>
    IAsyncEnumerable<object?[]> RowsAsync(CancellationToken cancellationToken = default);
}
