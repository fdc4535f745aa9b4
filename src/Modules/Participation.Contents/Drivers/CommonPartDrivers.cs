using Participation.ContentManagement;
using Participation.ContentManagement.Display;
using Participation.ContentManagement.Models;
using Participation.Contents.Services;
using Participation.Contents.ViewModels;
using Participation.Html;

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

public sealed class MarkdownBodyPartDisplayDriver(IMarkdownRenderer markdown) : ContentPartDisplayDriver<MarkdownBodyPart>
{
    public override Task<ShapeResult?> DisplayAsync(ContentItem item, MarkdownBodyPart part, string displayType)
        => Task.FromResult(displayType == "Summary" ? null : Shape("MarkdownBodyPart", new MarkdownBodyPartViewModel { Markdown = part.Markdown, Html = markdown.ToSafeHtml(part.Markdown) }, position: "5"));

    public override Task<ShapeResult?> EditAsync(ContentItem item, MarkdownBodyPart part)
        => Task.FromResult<ShapeResult?>(Shape("MarkdownBodyPart.Edit", new MarkdownBodyPartViewModel { Markdown = part.Markdown }, position: "5"));

    public override async Task<ShapeResult?> UpdateAsync(ContentItem item, MarkdownBodyPart part, IUpdateModel updater)
    {
        var model = new MarkdownBodyPartViewModel();
        await updater.TryUpdateModelAsync(model, Prefix);
        part.Markdown = model.Markdown ?? "";
        return await EditAsync(item, part);
    }
}

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
