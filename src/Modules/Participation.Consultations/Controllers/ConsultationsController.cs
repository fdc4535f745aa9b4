using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Participation.ContentManagement;
using Participation.Consultations.Models;
using Participation.Consultations.ViewModels;
using Participation.Text;

namespace Participation.Consultations.Controllers;

/// <summary>The public list of consultations: open first, then those being studied, then decided and archived.</summary>
[Area("Participation.Consultations"), Route("consultations")]
public sealed class ConsultationsController(IContentManager contentManager, Participation.Consultations.Services.AttachmentStore attachments, Participation.Departments.IDepartmentDirectory departmentDirectory, Participation.Audiences.IAudienceCatalog audiences, TimeProvider clock) : Controller
{
    private static readonly string[] Order = [ConsultationLifecycle.Open, ConsultationLifecycle.Proposed, ConsultationLifecycle.Closed, ConsultationLifecycle.Decided, ConsultationLifecycle.Archived];

    /// <summary>A proposal document of a published consultation, served as the type the server checked, never sniffed.</summary>
    [HttpGet("{contentItemId}/documents/{attachmentId}")]
    public async Task<IActionResult> Document(string contentItemId, string attachmentId)
    {
        var item = await contentManager.GetAsync(contentItemId);
        var attachment = item?.ContentType == ContentTypes.Consultation ? item.As<ConsultationPart>().Attachments.FirstOrDefault(a => a.Id == attachmentId) : null;
        var content = attachment is null ? null : await attachments.OpenReadAsync(contentItemId, attachment);
        return content is null ? NotFound() : new Participation.Files.StoredFileResult(content, attachment!.FileName, attachment.Extension);
    }

    [HttpGet("")]
    public async Task<IActionResult> Index(string? stage, string? department, string? audience, string? q)
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var all = await contentManager.Query().Where(x => x.ContentType == ContentTypes.Consultation && x.Stage != ConsultationLifecycle.Draft).ToListAsync();
        var items = ContentItemCultures.OnePerLanguageSet(all, culture).ToList();
        var departments = new List<(string Key, string Name)>();
        foreach (var key in items.Select(x => x.As<ConsultationPart>().Department).Where(d => d.Length > 0).Distinct())
            departments.Add((key, await departmentDirectory.NameOfAsync(key)));
        departments = [.. departments.OrderBy(d => d.Name)];

        if (!string.IsNullOrEmpty(stage)) items = items.Where(x => x.Stage == stage).ToList();
        if (!string.IsNullOrEmpty(department)) items = items.Where(x => x.As<ConsultationPart>().Department == department).ToList();
        if (!string.IsNullOrEmpty(audience)) items = items.Where(x => x.As<ConsultationPart>().Audiences is var a && (a.Count == 0 || a.Contains(audience))).ToList();
        if (!string.IsNullOrWhiteSpace(q))
            items = items.Where(x => ArabicNormalizer.Matches(x.DisplayText + " " + x.As<ConsultationPart>().Summary + " " + x.As<Participation.ContentManagement.Models.MarkdownBodyPart>().Markdown, q)).ToList();

        return View(new ConsultationListViewModel
        {
            Items = items.OrderBy(x => Array.IndexOf(Order, x.Stage ?? "")).ThenBy(x => x.As<ConsultationPart>().ClosesUtc).ToList(),
            AudienceOptions = await audiences.ListAsync(),
            Departments = departments, DepartmentNames = departments.ToDictionary(d => d.Key, d => d.Name), Stage = stage, Department = department, Audience = audience, Query = q, NowUtc = clock.GetUtcNow().UtcDateTime,
        });
    }
}
