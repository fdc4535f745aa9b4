using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Requests.Domain;
using Participation.Requests.Models;

namespace Participation.Requests.Services;

/// <summary>
/// Issues the next reference number of a sequence. The increment is one UPDATE on the
/// counter row inside the caller's transaction: the row lock makes concurrent submissions
/// wait for each other, so no number is issued twice (the unique index is the backstop).
/// </summary>
public sealed class ReferenceNumberIssuer(IDataSession session)
{
    /// <summary>Creates the counter row outside the caller's transaction (a concurrent creation is fine).</summary>
    public async Task EnsureCounterAsync(string key)
    {
        if (await session.Set<ReferenceCounter>().AnyAsync(c => c.Key == key)) return;
        try
        {
            session.Set<ReferenceCounter>().Add(new ReferenceCounter { Key = key, Value = 0 });
            await session.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Another submission created it first.
            foreach (var entry in session.Set<ReferenceCounter>().Local.Where(c => c.Key == key).ToList()) session.Set<ReferenceCounter>().Entry(entry).State = EntityState.Detached;
        }
    }

    /// <summary>Call inside a transaction, after <see cref="EnsureCounterAsync"/>.</summary>
    public async Task<string> NextAsync(string key)
    {
        await session.Set<ReferenceCounter>().Where(c => c.Key == key).ExecuteUpdateAsync(s => s.SetProperty(c => c.Value, c => c.Value + 1));
        var value = await session.Set<ReferenceCounter>().AsNoTracking().Where(c => c.Key == key).Select(c => c.Value).SingleAsync();
        return ReferenceNumbers.Format(key, value);
    }
}
