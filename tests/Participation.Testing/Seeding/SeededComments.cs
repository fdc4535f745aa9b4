using Microsoft.EntityFrameworkCore;
using Participation.Comments.Services;
using Participation.Data;

namespace Participation.Testing.Seeding;

/// <summary>
/// Comments a test writes straight into the table bypass the module, which keeps its counts only
/// for the writes it makes: recounted from the rows afterwards, as the seeder recounts its own.
/// </summary>
public static class SeededComments
{
    public static async Task RecountAsync(IDataSession session)
    {
        foreach (var statement in CommentCountsBackfill.Statements(!session.Database.IsSqlite())) await session.Database.ExecuteSqlRawAsync(statement);
    }
}
