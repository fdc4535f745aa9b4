using Participation.ContentManagement;
using Participation.ContentManagement.Display;
using Participation.ContentManagement.Models;
using Participation.Contents.ViewModels;

namespace Participation.Contents.Drivers;

public sealed class LocalizationPartDisplayDriver : ContentPartDisplayDriver<LocalizationPart>
{
    public override Task<ShapeResult?> EditAsync(ContentItem item, LocalizationPart part)
        => Task.FromResult<ShapeResult?>(Shape("LocalizationPart.Edit", new LocalizationPartViewModel { Culture = part.Culture }, position: "3"));

    public override async Task<ShapeResult?> UpdateAsync(ContentItem item, LocalizationPart part, IUpdateModel updater)
    {
        var model = new LocalizationPartViewModel();
        await updater.TryUpdateModelAsync(model, Prefix);
        part.Culture = model.Culture is "en" ? "en" : "ar";
        return await EditAsync(item, part);
    }
}
