using Participation.Comments.ViewModels;
using Participation.ContentManagement;
using Participation.ContentManagement.Display;

namespace Participation.Comments.Drivers;

public sealed class CommentsPartDisplayDriver(Participation.ContentManagement.Metadata.IContentDefinitionManager definitions) : ContentPartDisplayDriver<CommentsPart>
{
    public override Task<ShapeResult?> DisplayAsync(ContentItem item, CommentsPart part, string displayType)
        => Task.FromResult(displayType == "Detail" && part.Enabled && item.Published
            ? Shape("CommentsPart", new CommentsPartDisplayViewModel(item.ContentItemId, part.AllowRatings, part.AskStance, AcceptsContributions(item)), zone: "Comments")
            : null);

    /// <summary>Types with a lifecycle take contributions only while at their "Open" stage.</summary>
    private bool AcceptsContributions(ContentItem item)
        => definitions.GetType(item.ContentType)?.Lifecycle is not { } lifecycle || !lifecycle.Stages.Contains("Open") || item.Stage == "Open";

    public override Task<ShapeResult?> EditAsync(ContentItem item, CommentsPart part)
        => Task.FromResult<ShapeResult?>(Shape("CommentsPart.Edit", new CommentsPartEditViewModel { Enabled = part.Enabled, AllowRatings = part.AllowRatings, Mode = part.Mode, AskStance = part.AskStance, OnePerPerson = part.OnePerPerson }, position: "9"));

    public override async Task<ShapeResult?> UpdateAsync(ContentItem item, CommentsPart part, IUpdateModel updater)
    {
        var model = new CommentsPartEditViewModel();
        await updater.TryUpdateModelAsync(model, Prefix);
        part.Enabled = model.Enabled;
        part.AllowRatings = model.AllowRatings;
        part.Mode = model.Mode;
        part.AskStance = model.AskStance;
        part.OnePerPerson = model.OnePerPerson;
        return await EditAsync(item, part);
    }
}
