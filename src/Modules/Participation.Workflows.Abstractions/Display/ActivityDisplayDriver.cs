using System.Text.Json.Nodes;
using Participation.ContentManagement.Display;
using Participation.Workflows.Activities;
using Participation.Workflows.Models;

namespace Participation.Workflows.Display;

/// <summary>
/// An activity's form through a view model: <see cref="Read"/> fills it from the properties,
/// <see cref="Write"/> puts it back (properties the form does not know are kept). Its template
/// is <c>Views/Items/{Activity}.Fields.Edit.cshtml</c>, as Orchard names it; fields bind under
/// <see cref="IActivityDisplayDriver.Prefix"/>.
/// </summary>
public abstract class ActivityDisplayDriver<TActivity, TModel> : IActivityDisplayDriver where TActivity : Activity where TModel : class, new()
{
    public string ActivityName => typeof(TActivity).Name;
    protected virtual string ViewName => $"Items/{ActivityName}.Fields.Edit";

    protected abstract void Read(ActivityRecord activity, TModel model);
    protected abstract void Write(TModel model, ActivityRecord activity);
    /// <summary>Problems with what was typed that the properties cannot hold: (field, localised message).</summary>
    protected virtual IEnumerable<(string Field, string Message)> Check(TModel model) => [];
    /// <summary>Choices the form offers (content types, stages…), filled for both edit and update.</summary>
    protected virtual Task FillChoicesAsync(TModel model) => Task.CompletedTask;

    public async Task<ShapeResult> EditAsync(ActivityRecord activity)
    {
        var model = new TModel();
        Read(activity, model);
        await FillChoicesAsync(model);
        return new ShapeResult(ViewName, model) { Prefix = IActivityDisplayDriver.Prefix };
    }

    public async Task<ShapeResult> UpdateAsync(ActivityRecord activity, IUpdateModel updater)
    {
        var model = new TModel();
        await updater.TryUpdateModelAsync(model, IActivityDisplayDriver.Prefix);
        foreach (var (field, message) in Check(model)) updater.ModelState.AddModelError($"{IActivityDisplayDriver.Prefix}.{field}", message);
        Write(model, activity);
        await FillChoicesAsync(model);
        return new ShapeResult(ViewName, model) { Prefix = IActivityDisplayDriver.Prefix };
    }

    /// <summary>Sets a text property, or removes it when the field was left empty.</summary>
    protected static void SetText(ActivityRecord activity, string property, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) activity.Properties.Remove(property);
        else activity.Properties[property] = JsonValue.Create(value.Trim());
    }
}
