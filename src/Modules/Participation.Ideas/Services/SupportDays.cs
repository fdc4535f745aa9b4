using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Localization;

namespace Participation.Ideas.Services;

/// <summary>
/// Keeps <see cref="Models.IdeaSupportCount"/>: an idea's supports by the Riyadh day each was
/// given, moved by upsert in the caller's transaction (a support, its withdrawal, a merge).
/// </summary>
public sealed class SupportDays(IDateDisplay dates)
{
    public string DayOf(DateTime supportedUtc) => dates.ToLocal(supportedUtc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public Task AddAsync(IDataSession session, string ideaId, DateTime supportedUtc, long delta)
        => session.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"IdeaSupportCounts\" (\"IdeaId\", \"Day\", \"Count\") VALUES ({0}, {1}, {2}) ON CONFLICT (\"IdeaId\", \"Day\") DO UPDATE SET \"Count\" = \"IdeaSupportCounts\".\"Count\" + excluded.\"Count\"",
            ideaId, DayOf(supportedUtc), delta);
}
