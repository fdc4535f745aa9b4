using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.ContentManagement;
using Participation.ContentManagement.Display;
using Participation.Data;
using Participation.Departments;
using Participation.Localization;
using Participation.Polls.Models;
using Participation.Polls.Services;
using Participation.Polls.ViewModels;

namespace Participation.Polls.Drivers;

public sealed class PollPartDisplayDriver(IDataSession session, IDateDisplay dates, IDepartmentDirectory departments, IStringLocalizer<PollPartDisplayDriver> T) : ContentPartDisplayDriver<PollPart>
{
    /// <summary>The ballot and results are the reader's own (<see cref="BallotFragment"/>): the page holds their slot.</summary>
    public override Task<ShapeResult?> DisplayAsync(ContentItem item, PollPart part, string displayType) => Task.FromResult<ShapeResult?>(Shape("PollPart", BallotFragment.Key(item.ContentItemId), position: "3"));

    public override async Task<ShapeResult?> EditAsync(ContentItem item, PollPart part) => Shape("PollPart.Edit", new PollPartEditViewModel
    {
        Objective = part.Objective,
        Options = [.. part.Options, new PollOption(), new PollOption(), new PollOption()],
        MultipleChoice = part.MultipleChoice, MaxChoices = part.MaxChoices,
        Starts = part.StartsUtc is { } s ? dates.ToLocal(s) : null,
        Ends = part.EndsUtc is { } e ? dates.ToLocal(e) : null,
        Eligibility = part.Eligibility, ResultsBeforeVoting = part.ResultsBeforeVoting, AllowVoteChange = part.AllowVoteChange,
        Department = part.Department, DepartmentOptions = await departments.OptionsAsync(),
        HasBallots = await HasBallotsAsync(item),
    }, position: "6");

    public override async Task<ShapeResult?> UpdateAsync(ContentItem item, PollPart part, IUpdateModel updater)
    {
        var model = new PollPartEditViewModel();
        await updater.TryUpdateModelAsync(model, Prefix);
        var options = model.Options.Where(o => !string.IsNullOrWhiteSpace(o.TextAr) || !string.IsNullOrWhiteSpace(o.TextEn)).ToList();
        foreach (var option in options)
        {
            option.TextAr = option.TextAr?.Trim() ?? "";
            option.TextEn = option.TextEn?.Trim() ?? "";
            option.ImageUrl = string.IsNullOrWhiteSpace(option.ImageUrl) ? null : option.ImageUrl.Trim();
            if (string.IsNullOrEmpty(option.Id) || part.Options.All(o => o.Id != option.Id)) option.Id = Guid.NewGuid().ToString("N")[..8];
        }
        if (options.Any(o => o.TextAr.Length == 0)) updater.ModelState.AddModelError($"{Prefix}.Options", T["Give every option its Arabic text."]);
        if (options.Any(o => o.ImageUrl is { } url && !(url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || (url.StartsWith('/') && !url.StartsWith("//")))))
            updater.ModelState.AddModelError($"{Prefix}.Options", T["An option's picture must be an https address or a path on this site."]);
        if (await HasBallotsAsync(item) && !options.Select(o => o.Id).ToHashSet().SetEquals(part.Options.Select(o => o.Id)))
            updater.ModelState.AddModelError($"{Prefix}.Options", T["People have voted: options can be reworded but not added or removed."]);
        part.Objective = model.Objective ?? "";
        part.Options = options;
        part.MultipleChoice = model.MultipleChoice;
        part.MaxChoices = model.MultipleChoice ? Math.Max(1, model.MaxChoices) : 1;
        part.StartsUtc = model.Starts is { } s ? dates.ToUtc(s) : null;
        part.EndsUtc = model.Ends is { } e ? dates.ToUtc(e) : null;
        part.Eligibility = model.Eligibility;
        part.ResultsBeforeVoting = model.ResultsBeforeVoting;
        part.AllowVoteChange = model.AllowVoteChange;
        part.Department = model.Department?.Trim() ?? "";
        if (part.StartsUtc is { } starts && part.EndsUtc is { } ends && ends <= starts) updater.ModelState.AddModelError($"{Prefix}.Ends", T["The poll must end after it starts."]);
        if (part.MultipleChoice && options.Count > 0 && model.MaxChoices > options.Count) updater.ModelState.AddModelError($"{Prefix}.MaxChoices", T.Plural(options.Count, "The poll has only 1 option: no more can be chosen.", "The poll has only {0} options: no more can be chosen."));
        return await EditAsync(item, part);
    }

    private async Task<bool> HasBallotsAsync(ContentItem item) => item.Number > 0 && await session.Set<PollBallot>().AnyAsync(b => b.PollId == item.ContentItemId);
}
