using Microsoft.Extensions.Localization;
using Participation.ContentManagement;
using Participation.ContentManagement.Display;
using Participation.Departments;
using Participation.Ideas.Models;
using Participation.Ideas.ViewModels;
using Participation.Localization;

namespace Participation.Ideas.Drivers;

/// <summary>The topic's settings in the admin editor (its public page is the Ideas module's own).</summary>
public sealed class IdeaTopicPartDisplayDriver(IDateDisplay dates, IDepartmentDirectory departments, IStringLocalizer<IdeaTopicPartDisplayDriver> T) : ContentPartDisplayDriver<IdeaTopicPart>
{
    public override async Task<ShapeResult?> EditAsync(ContentItem item, IdeaTopicPart part) => Shape("IdeaTopicPart.Edit", new IdeaTopicPartEditViewModel
    {
        Description = part.Description, Objectives = part.Objectives, Department = part.Department,
        SubmissionEnds = part.SubmissionEndsUtc is { } s ? dates.ToLocal(s) : null,
        SupportEnds = part.SupportEndsUtc is { } e ? dates.ToLocal(e) : null,
        Eligibility = part.Eligibility, SupportLimit = part.SupportLimit, Threshold = part.Threshold, StudyTop = part.StudyTop, AuthorsMaySupportOwn = part.AuthorsMaySupportOwn,
        Categories = string.Join("\n", part.Categories), DepartmentOptions = await departments.OptionsAsync(),
    }, position: "6");

    public override async Task<ShapeResult?> UpdateAsync(ContentItem item, IdeaTopicPart part, IUpdateModel updater)
    {
        var model = new IdeaTopicPartEditViewModel();
        await updater.TryUpdateModelAsync(model, Prefix);
        part.Description = model.Description?.Trim() ?? "";
        part.Objectives = model.Objectives?.Trim() ?? "";
        part.Department = model.Department?.Trim() ?? "";
        part.SubmissionEndsUtc = model.SubmissionEnds is { } s ? dates.ToUtc(s) : null;
        part.SupportEndsUtc = model.SupportEnds is { } e ? dates.ToUtc(e) : null;
        part.Eligibility = model.Eligibility;
        part.SupportLimit = model.SupportLimit;
        part.Threshold = model.Threshold;
        part.StudyTop = model.StudyTop;
        part.AuthorsMaySupportOwn = model.AuthorsMaySupportOwn;
        part.Categories = [.. (model.Categories ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct()];
        if (part.SupportLimit is < 1) updater.ModelState.AddModelError($"{Prefix}.SupportLimit", T["A limit of supports is at least 1; leave it empty for none."]);
        if (part.Threshold is < 1) updater.ModelState.AddModelError($"{Prefix}.Threshold", T["A threshold is at least 1 support; leave it empty for none."]);
        if (part.SubmissionEndsUtc is { } submissions && part.SupportEndsUtc is { } supports && supports < submissions)
            updater.ModelState.AddModelError($"{Prefix}.SupportEnds", T["Supporting cannot end before submissions do."]);
        if (part.Categories.Any(c => c.Length > 100)) updater.ModelState.AddModelError($"{Prefix}.Categories", T["A category takes at most 100 characters."]);
        return await EditAsync(item, part);
    }
}
