using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Participation.Caching;
using Participation.ContentManagement;
using Participation.Consultations.Models;
using Participation.Consultations.Services;
using Participation.Consultations.ViewModels;

namespace Participation.Consultations.Controllers;

/// <summary>The public list of consultations: open first, then those being studied, then decided and archived, a page at a time.</summary>
[Area("Participation.Consultations"), Route("consultations")]
public sealed class ConsultationsController(IContentManager contentManager, Participation.Consultations.Services.AttachmentStore attachments, Participation.Departments.IDepartmentDirectory departmentDirectory, Participation.Audiences.IAudienceCatalog audiences, ConsultationList list, TimeProvider clock) : Controller
{
    /// <summary>A proposal document of a published consultation, served as the type the server checked, never sniffed.</summary>
    [HttpGet("{contentItemId}/documents/{attachmentId}")]
    public async Task<IActionResult> Document(string contentItemId, string attachmentId)
    {
        var item = await contentManager.GetAsync(contentItemId);
        var attachment = item?.ContentType == ContentTypes.Consultation ? item.As<ConsultationPart>().Attachments.FirstOrDefault(a => a.Id == attachmentId) : null;
        var content = attachment is null ? null : await attachments.OpenReadAsync(contentItemId, attachment);
        return content is null ? NotFound() : new Participation.Files.StoredFileResult(content, attachment!.FileName, attachment.Extension);
    }

    [HttpGet(""), SharedTemplate, OutputCache(PolicyName = PublicPage.Policy, Tags = [CacheTags.ContentTypePrefix + ContentTypes.Consultation])]
    public async Task<IActionResult> Index(string? stage, string? department, string? audience, string? q, string? after)
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var page = await list.ReadAsync(new ConsultationListRequest(stage, department, audience, q, after), culture);
        var departments = new List<(string Key, string Name)>();
        foreach (var key in await list.DepartmentsAsync()) departments.Add((key, await departmentDirectory.NameOfAsync(key)));
        departments = [.. departments.OrderBy(d => d.Name)];

        return View(new ConsultationListViewModel
        {
            Items = page.Items,
            Next = page.Next,
            AudienceOptions = await audiences.ListAsync(),
            Departments = departments, DepartmentNames = departments.ToDictionary(d => d.Key, d => d.Name), Stage = stage, Department = department, Audience = audience, Query = q, NowUtc = clock.GetUtcNow().UtcDateTime,
        });
    }
}
