using Participation.Workflows.Activities;
using Participation.Workflows.Models;

namespace Participation.Workflows.Display;

/// <summary>
/// The form of an activity with nothing to set (a timer's event, a task that reads all it needs
/// from its input): it says so, rather than offering the properties as JSON.
/// </summary>
public sealed class SettinglessActivityDisplayDriver<TActivity> : ActivityDisplayDriver<TActivity, SettinglessActivityViewModel> where TActivity : Activity
{
    protected override string ViewName => "Items/Settingless.Fields.Edit";

    protected override void Read(ActivityRecord activity, SettinglessActivityViewModel model) { }

    protected override void Write(SettinglessActivityViewModel model, ActivityRecord activity) { }
}
