using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Admin;
using Participation.AuditTrail;
using Participation.ContentManagement;
using Participation.ContentManagement.Display;
using Participation.ContentManagement.Lifecycle;
using Participation.ContentManagement.Metadata;
using Participation.Contents.ViewModels;
using Participation.Data;
using Participation.Security;
using Participation.Notify;

namespace Participation.Contents.Controllers;

/// <summary>The admin's content screens. Each action checks its own permission.</summary>
[Admin, Area("Participation.Contents"), Route("admin/contents")]
public sealed class AdminController(
    IContentManager contentManager,
    IContentDefinitionManager definitions,
    IContentItemDisplayManager display,
    IContentLifecycle lifecycle,
    IAuthorizationService authorizationService,
    IAuditTrail auditTrail,
    INotifier notifier,
    IStringLocalizer<AdminController> T) : Controller, IUpdateModel
{
    private const int PageSize = 30;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? type, ContentStatusFilter status, string? stage, string? q, int page = 1)
    {
        if (!await CanAsync(Permissions.EditContent)) return Forbid();
        page = Math.Max(1, page);
        var query = contentManager.Query(VersionOptions.Latest);
        if (!string.IsNullOrWhiteSpace(type)) query = query.Where(x => x.ContentType == type);
        if (status == ContentStatusFilter.Published) query = query.Where(x => x.Published);
        if (status == ContentStatusFilter.Draft) query = query.Where(x => !x.Published);
        if (!string.IsNullOrWhiteSpace(stage)) query = query.Where(x => x.Stage == stage);
        if (!string.IsNullOrWhiteSpace(q)) query = query.Where(x => x.DisplayText.Contains(q.Trim()));

        var total = await query.CountAsync();
        var items = await query.OrderByDescending(x => x.ModifiedUtc).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync();
        var ids = items.Where(i => !i.Published).Select(i => i.ContentItemId).ToList();
        var live = await contentManager.Query(VersionOptions.Published).Where(x => ids.Contains(x.ContentItemId)).Select(x => x.ContentItemId).ToListAsync();
        return View(new ContentListViewModel
        {
            Items = items,
            Types = definitions.ListTypes(),
            Type = type,
            Status = status,
            Stage = stage,
            Query = q,
            Page = page,
            PageCount = Math.Max(1, (total + PageSize - 1) / PageSize),
            HasPublishedVersion = live.ToHashSet(),
        });
    }

    [HttpGet("create/{type}")]
    public async Task<IActionResult> Create(string type)
    {
        if (!await CanAsync(Permissions.EditContent)) return Forbid();
        if (definitions.GetType(type) is not { Creatable: true } definition) return NotFound();
        var item = contentManager.New(definition.Name);
        return View("Edit", await EditorAsync(item, definition, isNew: true, await display.BuildEditorAsync(item)));
    }

    [HttpPost("create/{type}")]
    public async Task<IActionResult> Create(string type, [FromForm(Name = "submit")] string? submit)
    {
        if (!await CanAsync(Permissions.EditContent)) return Forbid();
        if (definitions.GetType(type) is not { Creatable: true } definition) return NotFound();
        var publish = submit == "publish";
        if (publish && !await CanAsync(Permissions.PublishContent)) return Forbid();

        var item = contentManager.New(definition.Name);
        var shapes = await display.UpdateEditorAsync(item, this);
        // "Update the preview" without script: the form again, as typed, with its Markdown previews; nothing saved.
        if (submit == "preview") return View("Edit", await EditorAsync(item, definition, isNew: true, shapes));
        if (ModelState.IsValid)
        {
            var result = await contentManager.CreateAsync(item, publish);
            if (result.Succeeded)
            {
                notifier.Success(publish ? T["Published."] : T["Draft saved."]);
                return RedirectToAction(nameof(Edit), new { id = item.ContentItemId });
            }
            foreach (var (member, message) in result.Errors) ModelState.AddModelError(member, message);
        }
        return View("Edit", await EditorAsync(item, definition, isNew: true, shapes));
    }

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id)
    {
        if (!await CanAsync(Permissions.EditContent)) return Forbid();
        var item = await contentManager.GetAsync(id, VersionOptions.Latest);
        if (item is null || definitions.GetType(item.ContentType) is not { } definition) return NotFound();
        return View(await EditorAsync(item, definition, isNew: false, await display.BuildEditorAsync(item)));
    }

    [HttpPost("{id}/edit")]
    public async Task<IActionResult> Edit(string id, [FromForm(Name = "submit")] string? submit)
    {
        if (!await CanAsync(Permissions.EditContent)) return Forbid();
        var publish = submit == "publish";
        if (publish && !await CanAsync(Permissions.PublishContent)) return Forbid();
        var preview = submit == "preview";
        // A preview asks for no new draft: the latest version, changed in memory only.
        var item = await contentManager.GetAsync(id, preview ? VersionOptions.Latest : VersionOptions.DraftRequired);
        if (item is null || definitions.GetType(item.ContentType) is not { } definition) return NotFound();

        var shapes = await display.UpdateEditorAsync(item, this);
        if (preview) return View(await EditorAsync(item, definition, isNew: false, shapes));
        if (ModelState.IsValid)
        {
            var result = await contentManager.UpdateAsync(item);
            if (result.Succeeded)
            {
                if (publish && await contentManager.PublishAsync(item) is { Succeeded: false } refused)
                {
                    notifier.Error(T["Saved as a draft, not published: {0}", refused.Errors[0].Message]);
                    return RedirectToAction(nameof(Edit), new { id });
                }
                notifier.Success(publish ? T["Published."] : T["Draft saved."]);
                return RedirectToAction(nameof(Edit), new { id });
            }
            foreach (var (member, message) in result.Errors) ModelState.AddModelError(member, message);
        }
        return View(await EditorAsync(item, definition, isNew: false, shapes));
    }

    [HttpGet("{id}/preview")]
    public async Task<IActionResult> Preview(string id)
    {
        if (!await CanAsync(Permissions.EditContent)) return Forbid();
        var item = await contentManager.GetAsync(id, VersionOptions.Latest);
        if (item is null) return NotFound();
        // A preview shows the page as the public will see it, in the public theme.
        HttpContext.Items.Remove(AdminAttribute.RequestItemKey);
        return View("~/Areas/Participation.Contents/Views/Item/Display.cshtml",
            new ContentDisplayViewModel { Item = item, Shapes = await display.BuildDisplayAsync(item, "Detail"), IsPreview = true });
    }

    [HttpPost("{id}/publish")]
    public async Task<IActionResult> Publish(string id)
    {
        if (!await CanAsync(Permissions.PublishContent)) return Forbid();
        var item = await contentManager.GetAsync(id, VersionOptions.Latest);
        if (item is null) return NotFound();
        var result = await contentManager.PublishAsync(item);
        if (!result.Succeeded)
        {
            // The content handlers' messages are already in the editor's language.
            notifier.Error(new LocalizedString(result.Errors[0].Member, result.Errors[0].Message));
            return RedirectToAction(nameof(Edit), new { id });
        }
        notifier.Success(T["Published."]);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/unpublish")]
    public async Task<IActionResult> Unpublish(string id)
    {
        if (!await CanAsync(Permissions.PublishContent)) return Forbid();
        var item = await contentManager.GetAsync(id, VersionOptions.Latest);
        if (item is null) return NotFound();
        await contentManager.UnpublishAsync(item);
        notifier.Success(T["Unpublished: the public no longer sees it."]);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/delete")]
    public async Task<IActionResult> Delete(string id)
    {
        if (!await CanAsync(Permissions.DeleteContent)) return Forbid();
        var item = await contentManager.GetAsync(id, VersionOptions.Latest);
        if (item is null) return NotFound();
        await contentManager.RemoveAsync(item);
        notifier.Success(T["Deleted."]);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/stage/{trigger}")]
    public async Task<IActionResult> ChangeStage(string id, string trigger)
    {
        if (!await CanAsync(Permissions.PublishContent)) return Forbid();
        var item = await contentManager.GetAsync(id, VersionOptions.Latest);
        if (item is null) return NotFound();
        try
        {
            await lifecycle.FireAsync(item, trigger);
            notifier.Success(T["Moved to the stage “{0}”.", T["Stage" + item.Stage].Value]);
        }
        catch (StageTransitionException ex)
        {
            notifier.Error(new LocalizedString(nameof(StageTransitionException), ex.Message));
        }
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpGet("{id}/history")]
    public async Task<IActionResult> History(string id)
    {
        if (!await CanAsync(Permissions.EditContent)) return Forbid();
        var item = await contentManager.GetAsync(id, VersionOptions.Latest);
        if (item is null) return NotFound();
        var events = await auditTrail.ListAsync(new AuditTrailQuery { ContentItemId = id });
        return View(new ContentHistoryViewModel { Item = item, Versions = await contentManager.GetVersionsAsync(id), Events = events });
    }

    private async Task<ContentEditViewModel> EditorAsync(ContentItem item, ContentTypeDefinition definition, bool isNew, IReadOnlyList<ShapeResult> shapes) => new()
    {
        Item = item,
        Type = definition,
        Shapes = shapes,
        IsNew = isNew,
        CanPublish = await CanAsync(Permissions.PublishContent),
        HasPublishedVersion = !isNew && await contentManager.GetAsync(item.ContentItemId) is not null,
        StageTriggers = isNew ? [] : lifecycle.GetTriggers(item),
    };

    private Task<bool> CanAsync(Permission permission) => authorizationService.AuthorizeAsync(User, permission);

    /// <summary>The editor's posts bind their arguments from the form first, so it is already read (asynchronously) here.</summary>
    IFormFileCollection IUpdateModel.Files => Request.HasFormContentType ? Request.Form.Files : new FormFileCollection();
}
