using Participation.ContentManagement;
using Participation.ContentManagement.Display;
using Participation.ContentManagement.Models;
using Participation.Contents.ViewModels;

namespace Participation.Contents.Drivers;

public sealed class TitlePartDisplayDriver : ContentPartDisplayDriver<TitlePart>
{
    public override Task<ShapeResult?> DisplayAsync(ContentItem item, TitlePart part, string displayType)
        => Task.FromResult<ShapeResult?>(Shape("TitlePart", new TitlePartViewModel { Title = part.Title }, zone: "Header", position: "1"));

    public override Task<ShapeResult?> EditAsync(ContentItem item, TitlePart part)
        => Task.FromResult<ShapeResult?>(Shape("TitlePart.Edit", new TitlePartViewModel { Title = part.Title }, position: "1"));

    public override async Task<ShapeResult?> UpdateAsync(ContentItem item, TitlePart part, IUpdateModel updater)
    {
        var model = new TitlePartViewModel();
        await updater.TryUpdateModelAsync(model, Prefix);
        part.Title = (model.Title ?? "").Trim();
        return await EditAsync(item, part);
    }
}
