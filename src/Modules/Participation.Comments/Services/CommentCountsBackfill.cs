using Participation.Comments.Domain;

namespace Participation.Comments.Services;

/// <summary>
/// Recounts <c>CommentCounts</c> and <c>CommentContributors</c> from the comments, in SQL: the
/// migration that adds them fills them from the rows a site has, and the benchmark's seeder,
/// which writes comments behind the module's back, recounts with the same statements. Keys are
/// those <see cref="Domain.CommentCounting"/> writes.
/// </summary>
public static class CommentCountsBackfill
{
    /// <summary>The rows of the queue's Flagged tab (its index's filter: the queries name the same terms as constants).</summary>
    public const string FlaggedFilter = "\"Flags\" <> '' AND \"Status\" <> 'Hidden'";
    /// <summary>The rows of the queue's Reported tab.</summary>
    public const string ReportedFilter = "\"ReportCount\" > 0 AND \"Status\" <> 'Hidden'";

    private const string Contribution = "\"ParentId\" IS NULL AND NOT \"IsOfficial\" AND \"Status\" = 'Published'";
    private const string Insert = "INSERT INTO \"CommentCounts\" (\"ContentItemId\", \"Figure\", \"Key\", \"Count\") ";

    public static IReadOnlyList<string> Statements(bool postgres)
    {
        // A constant key is not grouped on (PostgreSQL refuses a constant in GROUP BY); a site-wide count of nothing writes no row.
        string Grouped(string key) => key.StartsWith('\'') ? "" : ", " + key;
        string PerItem(string figure, string key, string where) =>
            Insert + $"SELECT \"ContentItemId\", '{figure}', {key}, COUNT(*) FROM \"Comments\" WHERE {where} GROUP BY \"ContentItemId\"{Grouped(key)}";
        string SiteWide(string figure, string key, string where) =>
            Insert + $"SELECT '{CommentCounting.Site}', '{figure}', {key}, COUNT(*) FROM \"Comments\" WHERE {where}" + (key.StartsWith('\'') ? " HAVING COUNT(*) > 0" : $" GROUP BY {key}");
        const string Flagged = $"'{CommentCounting.Flagged}'", Reported = $"'{CommentCounting.Reported}'";
        var hour = postgres ? "to_char(\"CreatedUtc\" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24')" : "substr(\"CreatedUtc\", 1, 13)";
        var tags = postgres
            ? Insert + $"SELECT \"ContentItemId\", '{CommentCounting.Tag}', \"Tag\", COUNT(DISTINCT \"Id\") FROM (SELECT \"Id\", \"ContentItemId\", unnest(string_to_array(\"Tags\", ',')) AS \"Tag\" FROM \"Comments\" WHERE "
                + Contribution + " AND \"Tags\" <> '') AS tagged WHERE \"Tag\" <> '' GROUP BY \"ContentItemId\", \"Tag\""
            : Insert + "WITH RECURSIVE tagged(\"Id\", \"ContentItemId\", \"Tag\", \"Rest\") AS (SELECT \"Id\", \"ContentItemId\", '', \"Tags\" || ',' FROM \"Comments\" WHERE "
                + Contribution + " AND \"Tags\" <> '' UNION ALL SELECT \"Id\", \"ContentItemId\", substr(\"Rest\", 1, instr(\"Rest\", ',') - 1), substr(\"Rest\", instr(\"Rest\", ',') + 1) FROM tagged WHERE \"Rest\" <> '')"
                + $" SELECT \"ContentItemId\", '{CommentCounting.Tag}', \"Tag\", COUNT(DISTINCT \"Id\") FROM tagged WHERE \"Tag\" <> '' GROUP BY \"ContentItemId\", \"Tag\"";
        return
        [
            "DELETE FROM \"CommentCounts\"",
            "DELETE FROM \"CommentContributors\"",
            PerItem(CommentCounting.Status, "\"Status\"", "1 = 1"),
            SiteWide(CommentCounting.Status, "\"Status\"", "1 = 1"),
            PerItem(CommentCounting.Queue, Flagged, FlaggedFilter),
            SiteWide(CommentCounting.Queue, Flagged, FlaggedFilter),
            PerItem(CommentCounting.Queue, Reported, ReportedFilter),
            SiteWide(CommentCounting.Queue, Reported, ReportedFilter),
            PerItem(CommentCounting.Official, "''", "\"IsOfficial\""),
            PerItem(CommentCounting.Replies, "''", "\"ParentId\" IS NOT NULL AND NOT \"IsOfficial\" AND \"Status\" = 'Published'"),
            PerItem(CommentCounting.Contributions, "''", Contribution),
            PerItem(CommentCounting.Stance, "COALESCE(\"Stance\", '')", Contribution),
            PerItem(CommentCounting.Audience, "COALESCE(\"Audience\", '')", Contribution),
            PerItem(CommentCounting.Hour, hour, Contribution),
            tags,
            "INSERT INTO \"CommentContributors\" (\"ContentItemId\", \"AuthorId\", \"Contributions\") SELECT \"ContentItemId\", \"AuthorId\", COUNT(*) FROM \"Comments\" WHERE "
                + Contribution + " AND \"AuthorId\" IS NOT NULL GROUP BY \"ContentItemId\", \"AuthorId\"",
            Insert + $"SELECT \"ContentItemId\", '{CommentCounting.Participants}', '', COUNT(*) FROM \"CommentContributors\" GROUP BY \"ContentItemId\"",
        ];
    }
}
