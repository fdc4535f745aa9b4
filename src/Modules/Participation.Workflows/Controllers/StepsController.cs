using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Admin;
using Participation.AuditTrail;
using Participation.ContentManagement.Display;
using Participation.Data;
using Participation.Notify;
using Participation.Security;
using Participation.Workflows.Activities;
using Participation.Workflows.Display;
using Participation.Workflows.Drivers;
using Participation.Workflows.Models;
using Participation.Workflows.Services;
using Participation.Workflows.ViewModels;

namespace Participation.Workflows.Controllers;

/// <summary>
/// One step of a workflow edited through its activity's form (the activity's display driver),
/// as Orchard's designer does: add a step after an outcome, change it, preview its templates,
/// remove it. Every save validates the whole workflow and keeps what was typed when refused.
/// </summary>
[Admin, Area("Participation.Workflows"), Route("admin/workflows/{id}/steps")]
public sealed class StepsController(
    IDataSession session,
    WorkflowTypeStore store,
    IEnumerable<Activity> activities,
    IEnumerable<IActivityDisplayDriver> drivers,
    IModelMetadataProvider metadata,
    IAuthorizationService authorizationService,
    IAuditTrail auditTrail,
    INotifier notifier,
    IStringLocalizer<StepsController> T) : Controller, IUpdateModel
{
    [HttpGet("new")]
    public async Task<IActionResult> Create(string id, string? kind, string? after)
    {
        if (!await CanAsync()) return Forbid();
        if (await LoadAsync(id) is not { } definition || Kind(kind) is not TaskActivity task) return NotFound();
        var activity = new ActivityRecord { ActivityId = NewActivityId(definition, task), Name = task.Name };
        return View("Edit", await EditorAsync(definition, activity, isNew: true, after, await Driver(task.Name).EditAsync(activity), []));
    }

    [HttpPost("new")]
    public async Task<IActionResult> Create(string id, string? kind, string? after, [FromForm(Name = "submit")] string? submit)
    {
        if (!await CanAsync()) return Forbid();
        if (await LoadAsync(id) is not { } definition || Kind(kind) is not TaskActivity task) return NotFound();
        var activity = new ActivityRecord { ActivityId = NewActivityId(definition, task), Name = task.Name };
        var shape = await Driver(task.Name).UpdateAsync(activity, this);
        definition.Activities.Add(activity);
        if (after?.Split(':') is [var source, var outcome] && definition.Activities.Any(a => a.ActivityId == source))
            definition.Transitions.Add(new Transition { SourceActivityId = source, SourceOutcomeName = outcome, DestinationActivityId = activity.ActivityId });
        return await SaveAsync(definition, activity, task, isNew: true, after, shape, submit);
    }

    [HttpGet("{activityId}")]
    public async Task<IActionResult> Edit(string id, string activityId)
    {
        if (!await CanAsync()) return Forbid();
        if (await LoadAsync(id) is not { } definition || definition.Activities.FirstOrDefault(a => a.ActivityId == activityId) is not { } activity) return NotFound();
        return View(await EditorAsync(definition, activity, isNew: false, null, await Driver(activity.Name).EditAsync(activity), []));
    }

    [HttpPost("{activityId}")]
    public async Task<IActionResult> Edit(string id, string activityId, [FromForm(Name = "submit")] string? submit)
    {
        if (!await CanAsync()) return Forbid();
        if (await LoadAsync(id) is not { } definition || definition.Activities.FirstOrDefault(a => a.ActivityId == activityId) is not { } activity) return NotFound();
        if (submit == "remove") return await RemoveAsync(definition, activity);
        var shape = await Driver(activity.Name).UpdateAsync(activity, this);
        return await SaveAsync(definition, activity, Kind(activity.Name), isNew: false, null, shape, submit);
    }

    private async Task<IActionResult> SaveAsync(WorkflowDefinition definition, ActivityRecord activity, Activity? kind, bool isNew, string? after, ShapeResult shape, string? submit)
    {
        if (kind is not null && ModelState.IsValid)
            foreach (var problem in WorkflowDefinitionValidator.PropertyProblems(kind, activity))
                ModelState.AddModelError(FieldOf(shape, problem.Property), $"{LabelOf(shape, problem.Property)}: {T[problem.Problem, problem.Detail ?? ""]}");
        if (submit == "preview" || !ModelState.IsValid)
            return View("Edit", await EditorAsync(definition, activity, isNew, after, shape, submit == "preview" ? Previews(definition, activity, kind, shape) : []));

        // The step's own fields are right; what is left would be the workflow's (shown in English, as the JSON editor does).
        var problems = await store.SaveAsync(definition);
        foreach (var problem in problems) ModelState.AddModelError("", problem);
        if (problems.Count > 0) return View("Edit", await EditorAsync(definition, activity, isNew, after, shape, []));
        await auditTrail.RecordAsync("Workflow", isNew ? "StepAdded" : "StepSaved", $"{definition.WorkflowTypeId}/{activity.ActivityId}");
        notifier.Success(T["Step saved: {0}.", StepName(activity)]);
        return Redirect($"/admin/workflows/{definition.WorkflowTypeId}#step-{activity.ActivityId}");
    }

    private async Task<IActionResult> RemoveAsync(WorkflowDefinition definition, ActivityRecord activity)
    {
        if (activity.IsStart)
        {
            notifier.Error(T["The starting event cannot be removed: a workflow needs one."]);
            return Redirect($"/admin/workflows/{definition.WorkflowTypeId}/steps/{activity.ActivityId}");
        }
        definition.Activities.Remove(activity);
        definition.Transitions.RemoveAll(t => t.SourceActivityId == activity.ActivityId || t.DestinationActivityId == activity.ActivityId);
        var problems = await store.SaveAsync(definition);
        if (problems.Count > 0) notifier.Error(T["The step was not removed: {0}", string.Join(" ", problems)]);
        else
        {
            await auditTrail.RecordAsync("Workflow", "StepRemoved", $"{definition.WorkflowTypeId}/{activity.ActivityId}");
            notifier.Success(T["Step removed: {0}.", StepName(activity)]);
        }
        return Redirect($"/admin/workflows/{definition.WorkflowTypeId}");
    }

    /// <summary>Each template of the step rendered with the example values, as an editor checks wording before saving.</summary>
    private List<TemplatePreview> Previews(WorkflowDefinition definition, ActivityRecord activity, Activity? kind, ShapeResult shape)
    {
        if (kind is null) return [];
        var model = TemplateVariables.Examples(TemplateVariables.For(StartOf(definition)));
        var previews = new List<TemplatePreview>();
        foreach (var property in kind.TemplatedProperties(activity).Where(p => !string.IsNullOrWhiteSpace(activity.Text(p))))
        {
            var label = LabelOf(shape, property);
            if (LiquidTemplates.Check(activity.Text(property)!) is not null) { previews.Add(new(label, null, T["The template does not parse; see the error above."])); continue; }
            try { previews.Add(new(label, LiquidTemplates.Render(activity.Text(property)!, model), null)); }
            catch (DotLiquid.Exceptions.LiquidException ex) { previews.Add(new(label, null, ex.Message)); }
        }
        return previews;
    }

    private async Task<ActivityEditViewModel> EditorAsync(WorkflowDefinition definition, ActivityRecord activity, bool isNew, string? after, ShapeResult shape, IReadOnlyList<TemplatePreview> previews)
    {
        var type = await session.Set<WorkflowTypeRecord>().AsNoTracking().Where(t => t.WorkflowTypeId == definition.WorkflowTypeId).Select(t => t.Name).FirstAsync();
        var kind = Kind(activity.Name);
        return new ActivityEditViewModel
        {
            WorkflowTypeId = definition.WorkflowTypeId, WorkflowName = type, Activity = activity, Kind = kind, IsNew = isNew, After = after, Shape = shape,
            Variables = kind is not null && kind.TemplatedProperties(activity).Any() ? TemplateVariables.For(StartOf(definition)) : [],
            Previews = previews,
        };
    }

    private async Task<WorkflowDefinition?> LoadAsync(string id)
    {
        var json = await session.Set<WorkflowTypeRecord>().AsNoTracking().Where(t => t.WorkflowTypeId == id).Select(t => t.Definition).FirstOrDefaultAsync();
        return json is null ? null : WorkflowDefinition.Parse(json);
    }

    private Activity? Kind(string? name) => activities.FirstOrDefault(a => a.Name == name);

    private EventActivity? StartOf(WorkflowDefinition definition) => Kind(definition.Start?.Name) as EventActivity;

    private IActivityDisplayDriver Driver(string name)
        => drivers.FirstOrDefault(d => d.ActivityName == name) ?? new ActivityPropertiesDisplayDriver(name, T["The properties must be a JSON object."]);

    private string StepName(ActivityRecord activity) => Kind(activity.Name) is { } kind ? T[kind.DisplayText].Value : activity.Name;

    /// <summary>A new step's id from its kind, unique in the workflow: send-email, send-email-2…</summary>
    private static string NewActivityId(WorkflowDefinition definition, Activity kind)
    {
        var stem = string.Concat(kind.Name.Replace("Task", "").Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
        var id = stem;
        for (var n = 2; definition.Activities.Any(a => a.ActivityId == id); n++) id = $"{stem}-{n}";
        return id;
    }

    /// <summary>The form field a property's problem belongs to (<c>Activity.SubjectAr</c>), or the form as a whole when no field shows it.</summary>
    private string FieldOf(ShapeResult shape, string property)
        => TopProperty(shape, property) is null ? "" : $"{IActivityDisplayDriver.Prefix}.{property}";

    /// <summary>The field's label in the editor's language, so each message says which field it is about.</summary>
    private string LabelOf(ShapeResult shape, string property) => TopProperty(shape, property)?.GetDisplayName() ?? property;

    private ModelMetadata? TopProperty(ShapeResult shape, string property)
        => metadata.GetMetadataForType(shape.Model.GetType()).Properties[property.Split('.', '[')[0]];

    private Task<bool> CanAsync() => authorizationService.AuthorizeAsync(User, Permissions.ManageWorkflows);

    IFormFileCollection IUpdateModel.Files => Request.HasFormContentType ? Request.Form.Files : new FormFileCollection();
}
