using Participation.Audiences;
using Participation.Departments;
using Participation.Consultations.Services;
using Participation.ContentManagement;
using Participation.ContentManagement.Display;
using Participation.Consultations.Models;
using Participation.Consultations.ViewModels;
using Participation.Html;
using Participation.Localization;

namespace Participation.Consultations.Drivers;

public sealed class ConsultationPartDisplayDriver(IDateDisplay dates, IMarkdownRenderer markdown, TimeProvider clock, AttachmentStore attachments, IDepartmentDirectory departments, IAudienceCatalog audienceCatalog, Microsoft.Extensions.Localization.IStringLocalizer<ConsultationPartDisplayDriver> T) : ContentPartDisplayDriver<ConsultationPart>
{
    public override async Task<ShapeResult?> DisplayAsync(ContentItem item, ConsultationPart part, string displayType)
    {
        var audiences = await audienceCatalog.ListAsync();
        return Shape("ConsultationPart", new ConsultationDisplayViewModel
        {
            ContentItemId = item.ContentItemId, Stage = item.Stage, Stages = ConsultationLifecycle.PublicStages,
            OpensUtc = part.OpensUtc, ClosesUtc = part.ClosesUtc, NowUtc = clock.GetUtcNow().UtcDateTime, Department = await departments.NameOfAsync(part.Department),
            SummaryHtml = markdown.ToSafeHtml(part.Summary), ObjectivesHtml = markdown.ToSafeHtml(part.Objectives), ExpectedImpactHtml = markdown.ToSafeHtml(part.ExpectedImpact),
            Audiences = part.Audiences.Select(key => audiences.FirstOrDefault(a => a.Key == key)?.Name(System.Globalization.CultureInfo.CurrentUICulture.Name) ?? key).ToList(),
            Channels = part.Channels.Count > 0 ? part.Channels : ["portal"],
            DecisionHtml = markdown.ToSafeHtml(part.Decision), RationaleHtml = markdown.ToSafeHtml(part.DecisionRationale), WhatChangedHtml = markdown.ToSafeHtml(part.WhatChanged),
            Attachments = part.Attachments,
        }, zone: "Header", position: "2");
    }

    public override async Task<ShapeResult?> EditAsync(ContentItem item, ConsultationPart part) => Shape("ConsultationPart.Edit", new ConsultationPartViewModel
    {
        ContentItemId = item.ContentItemId, IsSaved = item.Number > 0,
        Summary = part.Summary, Objectives = part.Objectives, Audiences = part.Audiences, AudienceOptions = await audienceCatalog.ListAsync(), ExpectedImpact = part.ExpectedImpact, Channels = part.Channels,
        Opens = part.OpensUtc is { } o ? dates.ToLocal(o) : null,
        Closes = part.ClosesUtc is { } c ? dates.ToLocal(c) : null,
        Department = part.Department, DepartmentOptions = await departments.OptionsAsync(), InitialAssessment = part.InitialAssessment,
        ContributionTags = string.Join(", ", part.ContributionTags),
        Decision = part.Decision, DecisionRationale = part.DecisionRationale, WhatChanged = part.WhatChanged,
        Achievements = part.Achievements, Obstacles = part.Obstacles, Recommendations = part.Recommendations,
        Attachments = part.Attachments, MaxMegabytes = attachments.MaxBytes / 1024 / 1024,
    }, position: "6");

    public override async Task<ShapeResult?> UpdateAsync(ContentItem item, ConsultationPart part, IUpdateModel updater)
    {
        var model = new ConsultationPartViewModel();
        await updater.TryUpdateModelAsync(model, Prefix);
        var audiences = (await audienceCatalog.ListAsync()).Select(a => a.Key).ToHashSet();
        var channels = ConsultationVocabulary.Channels.Select(c => c.Key).ToHashSet();
        part.Summary = model.Summary?.Trim() ?? "";
        part.Objectives = model.Objectives ?? "";
        part.Audiences = model.Audiences.Where(audiences.Contains).Distinct().ToList();
        part.ExpectedImpact = model.ExpectedImpact ?? "";
        part.Channels = model.Channels.Where(channels.Contains).Distinct().ToList();
        part.OpensUtc = model.Opens is { } o ? dates.ToUtc(o) : null;
        part.ClosesUtc = model.Closes is { } c ? dates.ToUtc(c) : null;
        part.Department = model.Department?.Trim() ?? "";
        if (part.Department.Length > 0 && (await departments.OptionsAsync()).All(o => o.Key != part.Department))
            updater.ModelState.AddModelError($"{Prefix}.{nameof(model.Department)}", T["Choose the department from the list."]);
        part.InitialAssessment = model.InitialAssessment ?? "";
        part.ContributionTags = (model.ContributionTags ?? "").Split([',', '،'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        part.Decision = model.Decision ?? "";
        part.DecisionRationale = model.DecisionRationale ?? "";
        part.WhatChanged = model.WhatChanged ?? "";
        part.Achievements = model.Achievements ?? "";
        part.Obstacles = model.Obstacles ?? "";
        part.Recommendations = model.Recommendations ?? "";

        foreach (var removed in part.Attachments.Where(a => model.RemoveAttachments.Contains(a.Id)).ToList())
        {
            await attachments.DeleteAsync(item.ContentItemId, removed);
            part.Attachments.Remove(removed);
        }
        foreach (var file in updater.Files.GetFiles($"{Prefix}.Files").Where(f => f.Length > 0))
        {
            switch (await attachments.CheckAsync(file))
            {
                case "type":
                    updater.ModelState.AddModelError($"{Prefix}.Files", T["“{0}” is not a PDF or Office document. Attach .pdf, .docx, .xlsx, .pptx, .doc, .xls or .ppt files.", Participation.Files.UploadedFileName.Clean(file.FileName)]);
                    continue;
                case "size":
                    updater.ModelState.AddModelError($"{Prefix}.Files", T["“{0}” is larger than {1} MB.", Participation.Files.UploadedFileName.Clean(file.FileName), attachments.MaxBytes / 1024 / 1024]);
                    continue;
            }
            part.Attachments.Add(await attachments.SaveAsync(item.ContentItemId, file));
        }
        return await EditAsync(item, part);
    }
}
