using Microsoft.Extensions.Localization;
using Participation.Ideas.Activities;
using Participation.Ideas.Models;
using Participation.Ideas.ViewModels;
using Participation.Workflows.Display;
using Participation.Workflows.Models;

namespace Participation.Ideas.Drivers;

/// <summary>The ideas' events in the workflow editor: one topic (none: any), and for a status or stage change the new one.</summary>
public sealed class IdeaEventDisplayDriver<TEvent>(IStringLocalizer<IdeaEventDisplayDriver<TEvent>> T) : ActivityDisplayDriver<TEvent, IdeaEventViewModel> where TEvent : IdeaEvent
{
    protected override string ViewName => "Items/IdeaEvent.Fields.Edit";

    private static IReadOnlyList<string> Choices =>
        typeof(TEvent) == typeof(IdeaStatusChangedEvent) ? [.. IdeaStatus.Listed]
        : typeof(TEvent) == typeof(IdeaTopicStageChangedEvent) ? IdeaTopicLifecycle.Definition.Stages
        : [];

    protected override void Read(ActivityRecord activity, IdeaEventViewModel model)
    {
        model.TopicId = activity.Text("TopicId");
        model.To = activity.Text("To");
    }

    protected override void Write(IdeaEventViewModel model, ActivityRecord activity)
    {
        SetText(activity, "TopicId", model.TopicId);
        if (Choices.Count > 0) SetText(activity, "To", model.To);
    }

    protected override IEnumerable<(string Field, string Message)> Check(IdeaEventViewModel model)
    {
        if (!string.IsNullOrWhiteSpace(model.To) && !Choices.Contains(model.To.Trim()))
            yield return (nameof(model.To), T["Choose one of the offered values."]);
    }

    protected override Task FillChoicesAsync(IdeaEventViewModel model)
    {
        model.ToChoices = Choices;
        model.ToIsStage = typeof(TEvent) == typeof(IdeaTopicStageChangedEvent);
        return Task.CompletedTask;
    }
}
