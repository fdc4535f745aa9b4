using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Caching;
using Participation.ContentManagement;
using Participation.ContentManagement.Display;
using Participation.Data;
using Participation.Departments;
using Participation.Localization;
using Participation.Polls.Models;
using Participation.Polls.Services;
using Participation.Polls.ViewModels;

namespace Participation.Polls.Drivers;

/// <summary>A poll placed on a page or a consultation.</summary>
public sealed class PollWidgetPartDisplayDriver(IDataSession session, IPageCache pages) : ContentPartDisplayDriver<PollWidgetPart>
{
    /// <summary>The reader's own ballot or results (<see cref="BallotFragment"/>), shown only while the poll is published.</summary>
    public override Task<ShapeResult?> DisplayAsync(ContentItem item, PollWidgetPart part, string displayType)
    {
        if (part.PollContentItemId is not { Length: > 0 } id) return Task.FromResult<ShapeResult?>(null);
        // Publishing or removing the poll changes this page too.
        pages.Tag(CacheTags.ContentItem(id));
        return Task.FromResult<ShapeResult?>(Shape("PollWidgetPart", BallotFragment.Key(id, widget: true), position: "8"));
    }

    public override async Task<ShapeResult?> EditAsync(ContentItem item, PollWidgetPart part)
    {
        var polls = await session.Set<ContentItem>().Where(x => x.Published && x.ContentType == ContentTypes.Poll).OrderByDescending(x => x.PublishedUtc).Select(x => new { x.ContentItemId, x.DisplayText }).ToListAsync();
        return Shape("PollWidgetPart.Edit", new PollWidgetEditViewModel
        {
            PollContentItemId = part.PollContentItemId,
            Polls = [.. polls.Select(x => (x.ContentItemId, x.DisplayText ?? ""))],
        }, position: "7");
    }

    public override async Task<ShapeResult?> UpdateAsync(ContentItem item, PollWidgetPart part, IUpdateModel updater)
    {
        var model = new PollWidgetEditViewModel();
        await updater.TryUpdateModelAsync(model, Prefix);
        part.PollContentItemId = string.IsNullOrWhiteSpace(model.PollContentItemId) ? null : model.PollContentItemId;
        return await EditAsync(item, part);
    }
}
