using Participation.Workflows.Activities.Tasks;
using Participation.Workflows.Display;
using Participation.Workflows.Models;
using Participation.Workflows.ViewModels;

namespace Participation.Workflows.Drivers;

public sealed class SetFieldTaskDisplayDriver : ActivityDisplayDriver<SetFieldTask, SetFieldTaskViewModel>
{
    protected override void Read(ActivityRecord activity, SetFieldTaskViewModel model)
    {
        model.Field = activity.Text("Field");
        model.Value = activity.Text("Value");
    }

    protected override void Write(SetFieldTaskViewModel model, ActivityRecord activity)
    {
        SetText(activity, "Field", model.Field);
        SetText(activity, "Value", model.Value);
    }
}
