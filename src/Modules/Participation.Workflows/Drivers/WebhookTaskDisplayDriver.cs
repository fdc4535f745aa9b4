using Participation.Workflows.Activities.Tasks;
using Participation.Workflows.Display;
using Participation.Workflows.Models;
using Participation.Workflows.ViewModels;

namespace Participation.Workflows.Drivers;

public sealed class WebhookTaskDisplayDriver : ActivityDisplayDriver<WebhookTask, WebhookTaskViewModel>
{
    protected override void Read(ActivityRecord activity, WebhookTaskViewModel model)
    {
        model.Url = activity.Text("Url");
        model.Body = activity.Text("Body");
    }

    protected override void Write(WebhookTaskViewModel model, ActivityRecord activity)
    {
        SetText(activity, "Url", model.Url);
        SetText(activity, "Body", model.Body);
    }
}
