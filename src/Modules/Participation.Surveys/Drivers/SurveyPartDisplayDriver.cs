using System.Globalization;
using Participation.ContentManagement;
using Participation.ContentManagement.Display;
using Participation.Localization;
using Participation.Surveys.Domain;
using Participation.Surveys.Models;
using Participation.Surveys.Services;
using Participation.Surveys.ViewModels;

namespace Participation.Surveys.Drivers;

/// <summary>The survey's settings in the content editor (its questions have their own builder) and its public page.</summary>
public sealed class SurveyPartDisplayDriver(SurveyServiceCatalog services, IDateDisplay dates, TimeProvider clock) : ContentPartDisplayDriver<SurveyPart>
{
    public override async Task<ShapeResult?> DisplayAsync(ContentItem item, SurveyPart part, string displayType)
    {
        var culture = CultureInfo.CurrentUICulture.Name;
        var names = (await services.ListAsync()).Where(s => part.Services.Contains(s.Key)).Select(s => s.Name(culture)).ToList();
        return Shape("SurveyPart", new SurveyPartViewModel
        {
            ContentItemId = item.ContentItemId, Stage = item.Stage ?? SurveyLifecycle.Draft, Part = part, ServiceNames = names,
            TakesAnswers = SurveyAvailability.Check(part, item.Stage ?? "", clock.GetUtcNow().UtcDateTime) is null,
            ResultsShown = PublicResultsRule.Shown(part.PublicResults, item.Stage ?? ""),
        }, position: "3");
    }

    public override async Task<ShapeResult?> EditAsync(ContentItem item, SurveyPart part) => Shape("SurveyPart.Edit", new SurveyPartEditViewModel
    {
        ContentItemId = item.Number > 0 ? item.ContentItemId : "",
        Purpose = part.Purpose, Services = part.Services, Access = part.Access, FollowsRequests = part.FollowsRequests,
        ReminderDays = part.ReminderDays, ReminderCount = part.ReminderCount, PublicResults = part.PublicResults,
        Starts = part.StartsUtc is { } s ? dates.ToLocal(s) : null,
        Ends = part.EndsUtc is { } e ? dates.ToLocal(e) : null,
        EndMessageAr = part.EndMessageAr, EndMessageEn = part.EndMessageEn,
        ServiceOptions = await services.ListAsync(activeOnly: true),
    }, position: "6");

    public override async Task<ShapeResult?> UpdateAsync(ContentItem item, SurveyPart part, IUpdateModel updater)
    {
        var model = new SurveyPartEditViewModel();
        await updater.TryUpdateModelAsync(model, Prefix);
        part.Purpose = model.Purpose?.Trim() ?? "";
        part.Services = [.. model.Services.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct()];
        part.StartsUtc = model.Starts is { } s ? dates.ToUtc(s) : null;
        part.EndsUtc = model.Ends is { } e ? dates.ToUtc(e) : null;
        part.Access = model.Access;
        part.FollowsRequests = model.FollowsRequests;
        part.ReminderDays = model.ReminderDays;
        part.ReminderCount = model.ReminderCount;
        part.PublicResults = Enum.IsDefined(model.PublicResults) ? model.PublicResults : SurveyResultsVisibility.Never;
        part.EndMessageAr = model.EndMessageAr?.Trim() ?? "";
        part.EndMessageEn = model.EndMessageEn?.Trim() ?? "";
        return await EditAsync(item, part);
    }
}
