using Microsoft.Extensions.Localization;
using Participation.ContentManagement;
using Participation.ContentManagement.Display;
using Participation.Consultations.Models;
using Participation.Consultations.ViewModels;
using Participation.Html;
using Participation.Localization;

namespace Participation.Consultations.Drivers;

public sealed class ConsultationPartDisplayDriver(IDateDisplay dates, IMarkdownRenderer markdown, IStringLocalizer<ConsultationPartDisplayDriver> T) : ContentPartDisplayDriver<ConsultationPart>
{
    public override ShapeResult? Display(ContentItem item, ConsultationPart part, string displayType) => Shape("ConsultationPart", new ConsultationPartViewModel
    {
        OpensUtc = part.OpensUtc, ClosesUtc = part.ClosesUtc, Department = part.Department, Stage = item.Stage,
        DecisionHtml = markdown.ToSafeHtml(part.Decision), RationaleHtml = markdown.ToSafeHtml(part.DecisionRationale),
    }, zone: "Header", position: "2");

    public override ShapeResult? Edit(ContentItem item, ConsultationPart part) => Shape("ConsultationPart.Edit", new ConsultationPartViewModel
    {
        Opens = part.OpensUtc is { } o ? dates.ToLocal(o) : null,
        Closes = part.ClosesUtc is { } c ? dates.ToLocal(c) : null,
        Department = part.Department, Decision = part.Decision, DecisionRationale = part.DecisionRationale,
    }, position: "6");

    public override async Task<ShapeResult?> UpdateAsync(ContentItem item, ConsultationPart part, IUpdateModel updater)
    {
        var model = new ConsultationPartViewModel();
        await updater.TryUpdateModelAsync(model, Prefix);
        if (model.Opens is { } opens && model.Closes is { } closes && closes <= opens)
            updater.ModelState.AddModelError($"{Prefix}.{nameof(model.Closes)}", T["The participation period must close after it opens."]);
        part.OpensUtc = model.Opens is { } o ? dates.ToUtc(o) : null;
        part.ClosesUtc = model.Closes is { } c ? dates.ToUtc(c) : null;
        part.Department = model.Department?.Trim() ?? "";
        part.Decision = model.Decision ?? "";
        part.DecisionRationale = model.DecisionRationale ?? "";
        return Edit(item, part);
    }
}
