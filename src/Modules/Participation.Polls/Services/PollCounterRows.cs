using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Polls.Models;

namespace Participation.Polls.Services;

/// <summary>
/// Makes sure the counter rows a vote adds to exist before its transaction (a row created by
/// a concurrent vote is as good), and remembers which do so the vote path rarely asks.
/// </summary>
public sealed class PollCounterRows
{
    private readonly ConcurrentDictionary<(string Poll, string Day, string Option), bool> _known = new();

    public async Task EnsureAsync(IDataSession session, string pollId, string day, IEnumerable<string> optionIds)
    {
        var wanted = (from d in new[] { day, PollCount.AllDays }
                      from o in optionIds.Append(PollCount.Voters)
                      select (pollId, d, o)).Where(k => !_known.ContainsKey(k)).ToList();
        if (wanted.Count == 0) return;
        var days = wanted.Select(w => w.d).Distinct().ToList();
        var existing = (await session.Set<PollCount>().AsNoTracking().Where(c => c.PollId == pollId && days.Contains(c.Day)).Select(c => new { c.Day, c.OptionId }).ToListAsync())
            .Select(c => (pollId, c.Day, c.OptionId)).ToHashSet();
        foreach (var key in wanted.Where(existing.Contains)) _known[key] = true;
        foreach (var key in wanted.Where(k => !existing.Contains(k)))
        {
            var row = new PollCount { PollId = pollId, Day = key.d, OptionId = key.o };
            session.Set<PollCount>().Add(row);
            try { await session.SaveChangesAsync(); }
            catch (DbUpdateException) { /* another vote created it */ }
            session.Set<PollCount>().Entry(row).State = EntityState.Detached;
            _known[key] = true;
        }
    }
}
