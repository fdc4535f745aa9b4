using System.Text.Json;
using System.Text.Json.Nodes;
using Participation.ContentManagement.Display;
using Participation.Workflows.Display;
using Participation.Workflows.Models;
using Participation.Workflows.ViewModels;

namespace Participation.Workflows.Drivers;

/// <summary>
/// The form of an activity whose module brings none: its properties as JSON, Arabic written as
/// itself. Made by the editor for that one activity, never registered.
/// </summary>
public sealed class ActivityPropertiesDisplayDriver(string activityName, string notAnObject) : IActivityDisplayDriver
{
    private const string ViewName = "Items/ActivityProperties.Fields.Edit";

    public string ActivityName => activityName;

    public Task<ShapeResult> EditAsync(ActivityRecord activity)
        => Task.FromResult(Shape(new ActivityPropertiesViewModel { Json = activity.Properties.ToJsonString(WorkflowDefinition.JsonOptions) }));

    public async Task<ShapeResult> UpdateAsync(ActivityRecord activity, IUpdateModel updater)
    {
        var model = new ActivityPropertiesViewModel();
        await updater.TryUpdateModelAsync(model, IActivityDisplayDriver.Prefix);
        try
        {
            activity.Properties = JsonNode.Parse(string.IsNullOrWhiteSpace(model.Json) ? "{}" : model.Json) as JsonObject ?? throw new JsonException(notAnObject);
        }
        catch (JsonException ex)
        {
            updater.ModelState.AddModelError($"{IActivityDisplayDriver.Prefix}.{nameof(model.Json)}", ex.Message);
        }
        return Shape(model);
    }

    private static ShapeResult Shape(ActivityPropertiesViewModel model)
        => new(ViewName, model) { Prefix = IActivityDisplayDriver.Prefix };
}
