namespace Participation.Transparency;

/// <summary>A tool's section of the results page: its heading, what its participant figure counts, and its entries.</summary>
public sealed record ToolResults(string Tool, string Heading, string ParticipantsLabel, IReadOnlyList<ResultEntry> Entries);

/// <summary>
/// One concluded thing and its outcome. No personal data: titles, counts and the agency's own
/// words only. <see cref="Url"/> is the entry's public page, null when it has none.
/// </summary>
public sealed record ResultEntry(string Title, string? Url, DateTime ConcludedUtc, long Participants, string Outcome, string? Changed, string? DepartmentKey);
