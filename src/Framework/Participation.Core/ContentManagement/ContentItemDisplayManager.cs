using Participation.Caching;
using Participation.ContentManagement.Display;
using Participation.ContentManagement.Metadata;

namespace Participation.ContentManagement;

/// <summary>
/// Asks the driver of each of the item's parts for its shapes, in zone and position order.
/// Drivers run one after another: they share the request's database session. A cached page
/// that displays an item is tagged with it, so a change to the item evicts the page.
/// </summary>
public sealed class ContentItemDisplayManager(IContentDefinitionManager definitions, IEnumerable<IContentPartDisplayDriver> drivers, IEnumerable<IContentDisplayDriver> itemDrivers, IPageCache pages) : IContentItemDisplayManager
{
    public async Task<IReadOnlyList<ShapeResult>> BuildDisplayAsync(ContentItem item, string displayType)
    {
        pages.Tag(CacheTags.ContentItem(item.ContentItemId));
        var shapes = await CollectAsync(item, (driver, part) => driver.DisplayAsync(item, part, displayType));
        foreach (var driver in itemDrivers)
            if (await driver.DisplayAsync(item, displayType) is { } shape) shapes.Add(shape);
        return Sort(shapes);
    }

    public async Task<IReadOnlyList<ShapeResult>> BuildEditorAsync(ContentItem item)
        => Sort(await CollectAsync(item, (driver, part) => driver.EditAsync(item, part)));

    public async Task<IReadOnlyList<ShapeResult>> UpdateEditorAsync(ContentItem item, IUpdateModel updater)
    {
        var shapes = new List<ShapeResult>();
        foreach (var (driver, partType) in PartDrivers(item))
        {
            var part = item.Get(partType) ?? Activator.CreateInstance(partType)!;
            if (await driver.UpdateAsync(item, part, updater) is { } shape) shapes.Add(shape);
            item.Apply(partType, part);
        }
        return Sort(shapes);
    }

    private async Task<List<ShapeResult>> CollectAsync(ContentItem item, Func<IContentPartDisplayDriver, object, Task<ShapeResult?>> build)
    {
        var shapes = new List<ShapeResult>();
        foreach (var (driver, partType) in PartDrivers(item))
        {
            var part = item.Get(partType) ?? Activator.CreateInstance(partType)!;
            if (await build(driver, part) is { } shape) shapes.Add(shape);
        }
        return shapes;
    }

    private IEnumerable<(IContentPartDisplayDriver Driver, Type PartType)> PartDrivers(ContentItem item)
    {
        var definition = definitions.GetType(item.ContentType);
        if (definition is null) yield break;
        foreach (var partType in definition.Parts.Select(definitions.GetPartType).OfType<Type>())
            foreach (var driver in drivers.Where(d => d.PartType == partType))
                yield return (driver, partType);
    }

    private static List<ShapeResult> Sort(List<ShapeResult> shapes)
        => shapes.OrderBy(s => s.Zone, StringComparer.Ordinal).ThenBy(s => PositionKey(s.Position)).ToList();

    private static decimal PositionKey(string position) => decimal.TryParse(position, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : 5m;
}
