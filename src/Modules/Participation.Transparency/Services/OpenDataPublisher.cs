using System.IO.Compression;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Participation.Caching;
using Participation.Data;
using Participation.Files;
using Participation.Transparency.Domain;
using Participation.Transparency.Models;

namespace Participation.Transparency.Services;

/// <summary>
/// Builds the open data: claims the build's slot first (<c>INSERT … ON CONFLICT DO NOTHING</c> on
/// its unique key, so a day is built once whichever nodes try), streams every module's dataset
/// through the disclosure rule into a ZIP in a temporary file and into the API's rows, stores the
/// ZIP whole, and only then marks the build published — a reader sees the previous build until
/// the new one is complete. Nothing is built while no licence is chosen.
/// </summary>
public sealed class OpenDataPublisher(
    IDataSession session,
    IEnumerable<IOpenDataset> datasets,
    OpenDataSettingsStore settings,
    IFileStore files,
    IPageCache pages,
    TimeProvider clock,
    ILogger<OpenDataPublisher> logger)
{
    private const int RowsPerSave = 500;

    public static string DailySlot(DateTime utc) => $"daily:{utc:yyyy-MM-dd}";

    public static string ManualSlot() => $"manual:{Guid.NewGuid():N}";

    /// <summary>The build published for the slot, or null when no licence is chosen or the slot is taken.</summary>
    public async Task<OpenDataBuild?> BuildAsync(string slot, CancellationToken cancellationToken = default)
    {
        var chosen = await settings.GetAsync();
        if (OpenDataLicence.Find(chosen.Licence) is not { } licence) return null;
        var startedUtc = clock.GetUtcNow().UtcDateTime;
        var claimed = await session.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO \"OpenDataBuilds\" (\"Slot\", \"StartedUtc\", \"Licence\", \"Threshold\", \"Datasets\") VALUES ({slot}, {startedUtc}, {licence.Key}, {chosen.Threshold}, {"[]"}) ON CONFLICT (\"Slot\") DO NOTHING", cancellationToken);
        if (claimed == 0) return null;
        var build = await session.Set<OpenDataBuild>().FirstAsync(b => b.Slot == slot, cancellationToken);
        var rule = new DisclosureRule(chosen.Threshold);
        var summaries = new List<OpenDatasetSummary>();

        await using (var temp = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose))
        {
            using (var zip = new ZipArchive(temp, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var dataset in datasets.OrderBy(d => d.Name, StringComparer.Ordinal))
                {
                    var (rows, withheld) = await PublishedRowsAsync(dataset, rule, cancellationToken);
                    await OpenDataPackage.AddDatasetAsync(zip, dataset, rows, withheld, rule.Threshold);
                    await StoreRowsAsync(build.Id, dataset, rows, cancellationToken);
                    summaries.Add(new OpenDatasetSummary(dataset.Name, dataset.TitleAr, dataset.TitleEn, [.. dataset.Columns.Select(c => c.Name)], rows.Count, withheld));
                }
                await OpenDataPackage.AddReadmeAsync(zip, summaries, licence, rule.Threshold, startedUtc);
                await OpenDataPackage.AddLicenceAsync(zip, licence);
            }
            temp.Position = 0;
            await files.SaveAsync(build.ZipPath, temp, cancellationToken);
        }

        build.Datasets = JsonSerializer.Serialize(summaries);
        build.PublishedUtc = clock.GetUtcNow().UtcDateTime;
        await session.SaveChangesAsync(cancellationToken);
        await RemoveOlderAsync(build.Id, cancellationToken);
        await pages.EvictAsync(TransparencyCacheTags.OpenData);
        logger.LogInformation("Open data build {Build} ({Slot}) published: {Datasets} datasets", build.Id, slot, summaries.Count);
        return build;
    }

    private static async Task<(List<object?[]> Rows, int Withheld)> PublishedRowsAsync(IOpenDataset dataset, DisclosureRule rule, CancellationToken cancellationToken)
    {
        var rows = new List<object?[]>();
        var withheld = 0;
        await foreach (var row in dataset.RowsAsync(cancellationToken))
        {
            if (rule.Apply(dataset.Columns, row, dataset.RowsAreGroups) is { } published) rows.Add(published);
            else withheld++;
        }
        return (rows, withheld);
    }

    private async Task StoreRowsAsync(long buildId, IOpenDataset dataset, List<object?[]> rows, CancellationToken cancellationToken)
    {
        var set = session.Set<OpenDataRow>();
        for (var start = 0; start < rows.Count; start += RowsPerSave)
        {
            var batch = rows.Skip(start).Take(RowsPerSave).Select((row, i) => new OpenDataRow { BuildId = buildId, Dataset = dataset.Name, Sequence = start + i, Values = JsonSerializer.Serialize(row) }).ToList();
            set.AddRange(batch);
            await session.SaveChangesAsync(cancellationToken);
            foreach (var saved in batch) set.Entry(saved).State = EntityState.Detached;
        }
    }

    /// <summary>The builds before this one are no longer served: their rows and ZIPs go (their rows stay, so a slot is not built twice).</summary>
    private async Task RemoveOlderAsync(long buildId, CancellationToken cancellationToken)
    {
        await session.Set<OpenDataRow>().Where(r => r.BuildId < buildId).ExecuteDeleteAsync(cancellationToken);
        var older = await session.Set<OpenDataBuild>().AsNoTracking().Where(b => b.Id < buildId).Select(b => b.Id).ToListAsync(cancellationToken);
        foreach (var id in older) await files.DeleteAsync(new OpenDataBuild { Id = id }.ZipPath, cancellationToken);
    }
}
