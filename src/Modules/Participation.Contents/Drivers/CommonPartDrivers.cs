using Participation.ContentManagement;
using Participation.ContentManagement.Display;
using Participation.ContentManagement.Models;
using Participation.Contents.Services;
using Participation.Contents.ViewModels;
using Participation.Html;

namespace Participation.Contents.Drivers;

public sealed class TitlePartDisplayDriver : ContentPartDisplayDriver<TitlePart>
{
    public override ShapeResult? Display(ContentItem item, TitlePart part, string displayType)
        => Shape("TitlePart", new TitlePartViewModel { Title = part.Title }, zone: "Header", position: "1");

    public override ShapeResult? Edit(ContentItem item, TitlePart part)
        => Shape("TitlePart.Edit", new TitlePartViewModel { Title = part.Title }, position: "1");

    public override async Task<ShapeResult?> UpdateAsync(ContentItem item, TitlePart part, IUpdateModel updater)
    {
        var model = new TitlePartViewModel();
        await updater.TryUpdateModelAsync(model, Prefix);
        part.Title = (model.Title ?? "").Trim();
        return Edit(item, part);
    }
}

public sealed class AutoroutePartDisplayDriver : ContentPartDisplayDriver<AutoroutePart>
{
    public override ShapeResult? Edit(ContentItem item, AutoroutePart part)
        => Shape("AutoroutePart.Edit", new AutoroutePartViewModel { Path = part.Path }, position: "2");

    public override async Task<ShapeResult?> UpdateAsync(ContentItem item, AutoroutePart part, IUpdateModel updater)
    {
        var model = new AutoroutePartViewModel();
        await updater.TryUpdateModelAsync(model, Prefix);
        var path = (model.Path ?? "").Trim().Trim('/');
        // An empty path is made from the title, so every page gets a readable address.
        part.Path = path.Length > 0 ? path : Slug.FromTitle(item.As<TitlePart>().Title);
        return Edit(item, part);
    }
}

public sealed class MarkdownBodyPartDisplayDriver(IMarkdownRenderer markdown) : ContentPartDisplayDriver<MarkdownBodyPart>
{
    public override ShapeResult? Display(ContentItem item, MarkdownBodyPart part, string displayType)
        => displayType == "Summary" ? null : Shape("MarkdownBodyPart", new MarkdownBodyPartViewModel { Markdown = part.Markdown, Html = markdown.ToSafeHtml(part.Markdown) }, position: "5");

    public override ShapeResult? Edit(ContentItem item, MarkdownBodyPart part)
        => Shape("MarkdownBodyPart.Edit", new MarkdownBodyPartViewModel { Markdown = part.Markdown }, position: "5");

    public override async Task<ShapeResult?> UpdateAsync(ContentItem item, MarkdownBodyPart part, IUpdateModel updater)
    {
        var model = new MarkdownBodyPartViewModel();
        await updater.TryUpdateModelAsync(model, Prefix);
        part.Markdown = model.Markdown ?? "";
        return Edit(item, part);
    }
}

public sealed class LocalizationPartDisplayDriver : ContentPartDisplayDriver<LocalizationPart>
{
    public override ShapeResult? Edit(ContentItem item, LocalizationPart part)
        => Shape("LocalizationPart.Edit", new LocalizationPartViewModel { Culture = part.Culture }, position: "3");

    public override async Task<ShapeResult?> UpdateAsync(ContentItem item, LocalizationPart part, IUpdateModel updater)
    {
        var model = new LocalizationPartViewModel();
        await updater.TryUpdateModelAsync(model, Prefix);
        part.Culture = model.Culture is "en" ? "en" : "ar";
        return Edit(item, part);
    }
}
