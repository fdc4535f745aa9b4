using Participation.ContentManagement;
using Participation.ContentManagement.Display;
using Participation.ContentManagement.Models;
using Participation.Contents.Services;
using Participation.Contents.ViewModels;

namespace Participation.Contents.Drivers;

public sealed class AutoroutePartDisplayDriver : ContentPartDisplayDriver<AutoroutePart>
{
    public override Task<ShapeResult?> EditAsync(ContentItem item, AutoroutePart part)
        => Task.FromResult<ShapeResult?>(Shape("AutoroutePart.Edit", new AutoroutePartViewModel { Path = part.Path }, position: "2"));

    public override async Task<ShapeResult?> UpdateAsync(ContentItem item, AutoroutePart part, IUpdateModel updater)
    {
        var model = new AutoroutePartViewModel();
        await updater.TryUpdateModelAsync(model, Prefix);
        var path = (model.Path ?? "").Trim().Trim('/');
        // An empty path is made from the title, so every page gets a readable address.
        part.Path = path.Length > 0 ? path : Slug.FromTitle(item.As<TitlePart>().Title);
        return await EditAsync(item, part);
    }
}
