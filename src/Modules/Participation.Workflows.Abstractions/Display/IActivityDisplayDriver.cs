using Participation.ContentManagement.Display;
using Participation.Workflows.Models;

namespace Participation.Workflows.Display;

/// <summary>
/// The form an editor fills for one kind of activity (Orchard's activity display driver): the
/// edit shape shows the activity's properties as fields, the update binds them back. A module
/// registers one with each of its activities (<c>services.AddActivity&lt;TActivity, TDriver&gt;()</c>).
/// </summary>
public interface IActivityDisplayDriver
{
    /// <summary>What every activity form's fields are bound under: property <c>SubjectAr</c> is field <c>Activity.SubjectAr</c>.</summary>
    const string Prefix = "Activity";

    /// <summary>The activity's name, e.g. <c>SendEmailTask</c>.</summary>
    string ActivityName { get; }
    Task<ShapeResult> EditAsync(ActivityRecord activity);
    /// <summary>Binds the posted fields and writes them into the activity's properties.</summary>
    Task<ShapeResult> UpdateAsync(ActivityRecord activity, IUpdateModel updater);
}
