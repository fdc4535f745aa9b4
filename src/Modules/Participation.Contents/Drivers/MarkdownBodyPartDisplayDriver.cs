using Participation.ContentManagement;
using Participation.ContentManagement.Display;
using Participation.ContentManagement.Models;
using Participation.Contents.ViewModels;
using Participation.Html;

namespace Participation.Contents.Drivers;

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
