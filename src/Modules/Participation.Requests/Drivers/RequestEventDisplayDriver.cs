using Participation.Requests.Activities;
using Participation.Requests.ViewModels;
using Participation.Workflows.Display;
using Participation.Workflows.Models;

namespace Participation.Requests.Drivers;

/// <summary>The requests' events in the workflow editor: a kind of request (none: any), and the new status for a status change.</summary>
public sealed class RequestEventDisplayDriver<TEvent> : ActivityDisplayDriver<TEvent, RequestEventViewModel> where TEvent : RequestEvent
{
    private static bool FiltersStatus => typeof(TEvent) == typeof(RequestStatusChangedEvent);

    protected override string ViewName => "Items/RequestEvent.Fields.Edit";

    protected override void Read(ActivityRecord activity, RequestEventViewModel model)
    {
        model.Kind = activity.Text("Kind");
        model.To = activity.Text("To");
    }

    protected override void Write(RequestEventViewModel model, ActivityRecord activity)
    {
        SetText(activity, "Kind", model.Kind);
        if (FiltersStatus) SetText(activity, "To", model.To);
    }

    protected override Task FillChoicesAsync(RequestEventViewModel model)
    {
        model.FiltersStatus = FiltersStatus;
        return Task.CompletedTask;
    }
}
