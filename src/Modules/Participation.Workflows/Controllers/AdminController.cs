using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Admin;
using Participation.AuditTrail;
using Participation.Data;
using Participation.Security;
using Participation.Workflows.Activities;
using Participation.Workflows.Models;
using Participation.Workflows.Services;
using Participation.Workflows.ViewModels;
using Participation.Notify;

namespace Participation.Workflows.Controllers;

/// <summary>Workflow types (list, edit as validated JSON, diagram, enable, export) and their instances (steps, re-run).</summary>
[Admin, Area("Participation.Workflows"), Route("admin/workflows")]
public sealed class AdminController(
    IDataSession session,
    WorkflowTypeStore store,
    WorkflowProcessor processor,
    IEnumerable<Activity> activities,
    IAuthorizationService authorizationService,
    IAuditTrail auditTrail,
    INotifier notifier,
    IStringLocalizer<AdminController> T) : Controller
{
    private const string NewDefinition = """
        {
          "WorkflowTypeId": "my-workflow",
          "Name": "My workflow",
          "IsEnabled": false,
          "Activities": [
            { "ActivityId": "published", "Name": "ContentPublishedEvent", "IsStart": true, "Properties": { "ContentType": "Page" } },
            { "ActivityId": "email", "Name": "SendEmailTask", "Properties": {
                "Recipients": [ { "Kind": "Role", "Value": "Editor" } ],
                "SubjectAr": "نُشرت صفحة: {{ Content.DisplayText }}", "BodyAr": "نُشرت الصفحة «{{ Content.DisplayText }}»: {{ Content.Url }}",
                "SubjectEn": "Page published: {{ Content.DisplayText }}", "BodyEn": "The page “{{ Content.DisplayText }}” was published: {{ Content.Url }}" } }
          ],
          "Transitions": [ { "SourceActivityId": "published", "SourceOutcomeName": "Done", "DestinationActivityId": "email" } ]
        }
        """;

    // The default name in the editor's language, written as itself rather than as \u escapes.
    private static readonly JsonSerializerOptions NameEncoding = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        if (!await CanAsync()) return Forbid();
        var types = await session.Set<WorkflowTypeRecord>().AsNoTracking().OrderBy(t => t.Name).ToListAsync();
        var counts = await session.Set<WorkflowInstance>().GroupBy(i => new { i.WorkflowTypeId, i.Status }).Select(g => new { g.Key.WorkflowTypeId, g.Key.Status, Count = g.Count() }).ToListAsync();
        return View(types.Select(t => new WorkflowTypeRow(t,
            counts.Where(c => c.WorkflowTypeId == t.WorkflowTypeId && c.Status == WorkflowStatus.Finished).Sum(c => c.Count),
            counts.Where(c => c.WorkflowTypeId == t.WorkflowTypeId && c.Status == WorkflowStatus.Faulted).Sum(c => c.Count))).ToList());
    }

    [HttpGet("new")]
    public async Task<IActionResult> Create()
        => await CanAsync() ? View("Edit", Editor(null, NewDefinition.Replace("\"My workflow\"", JsonSerializer.Serialize(T["My workflow"].Value, NameEncoding)), [], 0)) : Forbid();

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id)
    {
        if (!await CanAsync()) return Forbid();
        var type = await session.Set<WorkflowTypeRecord>().AsNoTracking().FirstOrDefaultAsync(t => t.WorkflowTypeId == id);
        return type is null ? NotFound() : View(Editor(id, type.Definition, [], type.Version));
    }

    [HttpPost("save")]
    public async Task<IActionResult> Save(string? originalId, string? json)
    {
        if (!await CanAsync()) return Forbid();
        WorkflowDefinition definition;
        try
        {
            definition = JsonSerializer.Deserialize<WorkflowDefinition>(json ?? "", WorkflowDefinition.JsonOptions) ?? throw new JsonException(T["The definition is empty."]);
        }
        catch (JsonException ex)
        {
            return View("Edit", Editor(originalId, json ?? "", [T["The definition is not valid JSON: {0}", ex.Message].Value], 0));
        }
        if (originalId is not null && originalId != definition.WorkflowTypeId)
            return View("Edit", Editor(originalId, json!, [T["The WorkflowTypeId cannot change; export it and import it under the new id instead."].Value], 0));
        var problems = await store.SaveAsync(definition);
        if (problems.Count > 0) return View("Edit", Editor(originalId, json!, problems, 0));
        await auditTrail.RecordAsync("Workflow", "Saved", definition.WorkflowTypeId);
        notifier.Success(T["Workflow saved."]);
        return RedirectToAction(nameof(Edit), new { id = definition.WorkflowTypeId });
    }

    [HttpPost("{id}/enable")]
    public async Task<IActionResult> Enable(string id, bool enabled)
    {
        if (!await CanAsync()) return Forbid();
        if (!await store.SetEnabledAsync(id, enabled)) return NotFound();
        await auditTrail.RecordAsync("Workflow", enabled ? "Enabled" : "Disabled", id);
        notifier.Success(enabled ? T["Workflow enabled."] : T["Workflow disabled."]);
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id}/export")]
    public async Task<IActionResult> Export(string id)
    {
        if (!await CanAsync()) return Forbid();
        var type = await session.Set<WorkflowTypeRecord>().AsNoTracking().FirstOrDefaultAsync(t => t.WorkflowTypeId == id);
        if (type is null) return NotFound();
        var recipe = new JsonObject
        {
            ["name"] = $"Workflow-{id}",
            ["displayName"] = type.Name,
            ["steps"] = new JsonArray(new JsonObject { ["name"] = "WorkflowType", ["data"] = new JsonArray(JsonNode.Parse(type.Definition)) }),
        };
        return File(Encoding.UTF8.GetBytes(recipe.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })),
            "application/json", $"{id}.recipe.json");
    }

    [HttpGet("{id}/instances")]
    public async Task<IActionResult> Instances(string id)
    {
        if (!await CanAsync()) return Forbid();
        var type = await session.Set<WorkflowTypeRecord>().AsNoTracking().FirstOrDefaultAsync(t => t.WorkflowTypeId == id);
        if (type is null) return NotFound();
        var instances = await session.Set<WorkflowInstance>().AsNoTracking().Include(i => i.Steps)
            .Where(i => i.WorkflowTypeId == id).OrderByDescending(i => i.Id).Take(100).ToListAsync();
        return View(new InstanceListViewModel(type, instances));
    }

    [HttpPost("instances/{instanceId:long}/rerun")]
    public async Task<IActionResult> Rerun(long instanceId)
    {
        if (!await CanAsync()) return Forbid();
        var failed = await session.Set<WorkflowInstance>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == instanceId && i.Status == WorkflowStatus.Faulted);
        if (failed is null) return NotFound();
        var type = await session.Set<WorkflowTypeRecord>().AsNoTracking().FirstAsync(t => t.WorkflowTypeId == failed.WorkflowTypeId);
        var rerun = await processor.RunInstanceAsync(type, WorkflowDefinition.Parse(type.Definition), JsonNode.Parse(failed.Input) as JsonObject ?? [],
            eventId: null, failed.EventName, failed.CorrelationId, rerunOf: failed.Id);
        await auditTrail.RecordAsync("Workflow", "Rerun", $"{type.WorkflowTypeId} #{failed.Id}");
        if (rerun?.Status == WorkflowStatus.Finished) notifier.Success(T["The re-run finished."]);
        else notifier.Error(T["The re-run failed again: {0}", rerun?.Error ?? ""]);
        return RedirectToAction(nameof(Instances), new { id = type.WorkflowTypeId });
    }

    private WorkflowEditViewModel Editor(string? id, string json, IReadOnlyList<string> problems, int version)
    {
        WorkflowDefinition? definition = null;
        try { definition = WorkflowDefinition.Parse(json); } catch (JsonException) { }
        var kinds = activities.ToDictionary(a => a.Name);
        return new WorkflowEditViewModel
        {
            WorkflowTypeId = id, Json = json, Problems = problems, Definition = definition, Version = version,
            Activities = activities.OrderBy(a => a is EventActivity ? 0 : 1).ThenBy(a => a.Name).ToList(),
            Outcomes = definition is null ? [] : [.. from a in definition.Activities
                                                     where kinds.ContainsKey(a.Name)
                                                     from outcome in kinds[a.Name].Outcomes(a)
                                                     select new StepOutcome(a.ActivityId, outcome, T["{0} ({1}): {2}", T[kinds[a.Name].DisplayText].Value, a.ActivityId, T[outcome].Value].Value)],
        };
    }

    private Task<bool> CanAsync() => authorizationService.AuthorizeAsync(User, Permissions.ManageWorkflows);
}
