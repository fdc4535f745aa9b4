using Participation.ContentManagement;
using Participation.Workflows.Services;

namespace Participation.Workflows.Handlers;

/// <summary>Turns content events into workflow events, and keeps date timers in step with the items.</summary>
public sealed class WorkflowContentHandler(IWorkflowTrigger trigger, ContentTimerScheduler timers) : IContentHandler
{
    public Task CreatedAsync(ContentItem item) => Raise(WorkflowEventNames.ContentCreated, item);

    public async Task PublishedAsync(ContentItem item)
    {
        await timers.ScheduleAsync(item);
        await Raise(WorkflowEventNames.ContentPublished, item);
    }

    public async Task UpdatedAsync(ContentItem item)
    {
        if (item.Published) await timers.ScheduleAsync(item);
    }

    public async Task UnpublishedAsync(ContentItem item)
    {
        await timers.CancelAsync(item.ContentItemId);
        await Raise(WorkflowEventNames.ContentUnpublished, item);
    }

    public Task RemovedAsync(ContentItem item) => timers.CancelAsync(item.ContentItemId);

    public Task StageChangedAsync(ContentItem item, string from, string to, string stageTrigger)
        => Raise(WorkflowEventNames.ContentStageChanged, item, new() { ["From"] = from, ["To"] = to, ["Trigger"] = stageTrigger });

    private Task Raise(string eventName, ContentItem item, Dictionary<string, object?>? extra = null)
    {
        var input = new Dictionary<string, object?>
        {
            ["ContentItemId"] = item.ContentItemId,
            ["ContentType"] = item.ContentType,
            ["DisplayText"] = item.DisplayText,
            ["Stage"] = item.Stage,
        };
        foreach (var (key, value) in extra ?? []) input[key] = value;
        return trigger.TriggerAsync(eventName, input, item.ContentItemId);
    }
}
