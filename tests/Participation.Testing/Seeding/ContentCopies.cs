using System.Globalization;
using Participation.ContentManagement;
using Participation.ContentManagement.Models;

namespace Participation.Testing.Seeding;

/// <summary>
/// Published copies of one of the site's content items (its row and JSON parts, as the content
/// manager stores them), each with its own id, version, path, title and localisation set.
/// </summary>
public static class ContentCopies
{
    private static readonly string[] Columns = ["ContentItemId", "ContentItemVersionId", "Number", "ContentType", "DisplayText", "Path", "Culture", "Stage", "Published", "Latest", "Owner", "Author", "CreatedUtc", "ModifiedUtc", "PublishedUtc", "Data"];

    /// <summary>The first published item of <paramref name="type"/> at <paramref name="stage"/> (null: a type without stages).</summary>
    public static async Task<ContentItem> TemplateAsync(SeedContext context, string type, string? stage)
        => (await context.ReadAsync(
            "SELECT \"ContentItemId\", \"Owner\", \"Author\", \"Data\", \"Culture\", \"DisplayText\" FROM \"ContentItems\" WHERE \"ContentType\" = @p0 AND \"Published\" = @p1 AND "
                + (stage is null ? "\"Stage\" IS NULL" : "\"Stage\" = @p2") + " ORDER BY \"Id\"",
            r => new ContentItem
            {
                ContentItemId = r.GetString(0), ContentType = type, Stage = stage, Owner = r.IsDBNull(1) ? null : r.GetString(1), Author = r.IsDBNull(2) ? null : r.GetString(2),
                Data = r.GetString(3), Culture = r.IsDBNull(4) ? null : r.GetString(4), DisplayText = r.GetString(5),
            }, stage is null ? [type, true] : [type, true, stage])).FirstOrDefault()
        ?? throw new InvalidOperationException($"The seeder copies a published {type}{(stage is null ? "" : $" at stage {stage}")}: set the site up with the sample recipe first.");

    /// <summary>Inserts <paramref name="count"/> copies of <paramref name="template"/>, titled by <paramref name="title"/>; <paramref name="alter"/> sets the rest (stage, parts). Returns their ids.</summary>
    public static async Task<List<string>> InsertAsync(SeedContext context, ContentItem template, int count, Func<long, string> title, Action<long, ContentItem> alter)
    {
        var run = context.NowUtc.Ticks.ToString("x", CultureInfo.InvariantCulture)[^6..];
        var prefix = template.ContentType[..1].ToLowerInvariant();
        var ids = Enumerable.Range(0, count).Select(i => $"s{prefix}{run}{i:D18}").ToList();
        await context.InsertAsync("ContentItems", Columns, count, (i, v) =>
        {
            var id = ids[(int)i];
            var item = template.CloneAsNewVersion($"v{prefix}{run}{i:D18}");
            item.ContentItemId = id;
            item.Number = 1;
            item.DisplayText = title(i);
            item.Path = $"seeded-{template.ContentType.ToLowerInvariant()}-{run}-{i + 1}";
            item.Alter<TitlePart>(p => p.Title = item.DisplayText).Alter<AutoroutePart>(p => p.Path = item.Path!);
            if (item.Has<LocalizationPart>()) item.Alter<LocalizationPart>(p => p.LocalizationSet = id);
            alter(i, item);
            var created = context.NowUtc.AddMinutes(-i);
            v[0] = id; v[1] = item.ContentItemVersionId; v[2] = item.Number; v[3] = item.ContentType; v[4] = item.DisplayText; v[5] = item.Path; v[6] = item.Culture;
            v[7] = item.Stage; v[8] = true; v[9] = true; v[10] = item.Owner; v[11] = item.Author; v[12] = created; v[13] = created; v[14] = created; v[15] = item.Data;
        });
        return ids;
    }
}
