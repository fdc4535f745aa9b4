using Participation.Workflows.Activities.Tasks;
using Participation.Workflows.Display;
using Participation.Workflows.Models;
using Participation.Workflows.ViewModels;

namespace Participation.Workflows.Drivers;

public sealed class IfElseTaskDisplayDriver : ActivityDisplayDriver<IfElseTask, IfElseTaskViewModel>
{
    protected override void Read(ActivityRecord activity, IfElseTaskViewModel model) => model.Condition = activity.Text("Condition");

    protected override void Write(IfElseTaskViewModel model, ActivityRecord activity) => SetText(activity, "Condition", model.Condition);
}
