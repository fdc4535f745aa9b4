using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Transparency.Domain;
using Participation.Transparency.Models;

namespace Participation.Transparency.Services;

/// <summary>
/// What is published now: the newest complete build, under the licence chosen. While no licence
/// is chosen nothing is, whatever was built before.
/// </summary>
public sealed class OpenDataCatalog(IDataSession session, OpenDataSettingsStore settings)
{
    public async Task<OpenDataPublication> CurrentAsync()
    {
        var licence = OpenDataLicence.Find((await settings.GetAsync()).Licence);
        if (licence is null) return new OpenDataPublication(null, null, []);
        var build = await session.Set<OpenDataBuild>().AsNoTracking().Where(b => b.PublishedUtc != null).OrderByDescending(b => b.Id).FirstOrDefaultAsync();
        var datasets = build is null ? [] : JsonSerializer.Deserialize<List<OpenDatasetSummary>>(build.Datasets) ?? [];
        return new OpenDataPublication(licence, build, datasets);
    }

    /// <summary>A page of a dataset's published rows after a sequence number (keyset), one more than asked to tell whether there is a next page.</summary>
    public async Task<IReadOnlyList<OpenDataRow>> RowsAsync(long buildId, string dataset, int after, int take) =>
        await session.Set<OpenDataRow>().AsNoTracking()
            .Where(r => r.BuildId == buildId && r.Dataset == dataset && r.Sequence > after)
            .OrderBy(r => r.Sequence).Take(take + 1).ToListAsync();
}
