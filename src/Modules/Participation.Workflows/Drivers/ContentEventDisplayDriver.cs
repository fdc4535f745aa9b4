using Participation.ContentManagement.Metadata;
using Participation.Workflows.Activities.Events;
using Participation.Workflows.Display;
using Participation.Workflows.Models;
using Participation.Workflows.ViewModels;

namespace Participation.Workflows.Drivers;

/// <summary>The content events' form: which content type (none: any); the stage change also filters on its stages.</summary>
public sealed class ContentEventDisplayDriver<TEvent>(IContentDefinitionManager definitions) : ActivityDisplayDriver<TEvent, ContentEventViewModel> where TEvent : ContentEvent
{
    private static bool FiltersStages => typeof(TEvent) == typeof(ContentStageChangedEvent);

    protected override string ViewName => "Items/ContentEvent.Fields.Edit";

    protected override void Read(ActivityRecord activity, ContentEventViewModel model)
    {
        model.ContentType = activity.Text("ContentType");
        model.From = activity.Text("From");
        model.To = activity.Text("To");
    }

    protected override void Write(ContentEventViewModel model, ActivityRecord activity)
    {
        SetText(activity, "ContentType", model.ContentType);
        if (!FiltersStages) return;
        SetText(activity, "From", model.From);
        SetText(activity, "To", model.To);
    }

    protected override Task FillChoicesAsync(ContentEventViewModel model)
    {
        model.ContentTypes = [.. definitions.ListTypes().Select(t => (t.Name, t.DisplayName))];
        if (FiltersStages) model.Stages = [.. definitions.ListTypes().SelectMany(t => t.Stages).Distinct()];
        return Task.CompletedTask;
    }
}
