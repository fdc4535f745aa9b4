using System.Globalization;
using Microsoft.Extensions.Localization;
using Participation.ContentManagement.Metadata;
using Participation.Workflows.Activities.Events;
using Participation.Workflows.Display;
using Participation.Workflows.Models;
using Participation.Workflows.ViewModels;

namespace Participation.Workflows.Drivers;

/// <summary>The date timer's form: the offset in hours rather than a time span an editor would have to spell.</summary>
public sealed class ContentDateTimerEventDisplayDriver(IContentDefinitionManager definitions, IStringLocalizer<ContentDateTimerEventDisplayDriver> T) : ActivityDisplayDriver<ContentDateTimerEvent, ContentDateTimerEventViewModel>
{
    protected override void Read(ActivityRecord activity, ContentDateTimerEventViewModel model)
    {
        model.ContentType = activity.Text("ContentType");
        model.DateField = activity.Text("DateField");
        var hours = TimeSpan.TryParse(activity.Text("Offset"), CultureInfo.InvariantCulture, out var offset) ? offset.TotalHours : 0;
        model.OffsetHours = hours.ToString(CultureInfo.InvariantCulture);
    }

    protected override IEnumerable<(string Field, string Message)> Check(ContentDateTimerEventViewModel model)
    {
        if (Hours(model) is null) yield return (nameof(model.OffsetHours), T["Hours after the date: write a number of hours such as -24 or 48."]);
    }

    protected override void Write(ContentDateTimerEventViewModel model, ActivityRecord activity)
    {
        SetText(activity, "ContentType", model.ContentType);
        SetText(activity, "DateField", model.DateField);
        if (Hours(model) is { } hours) SetText(activity, "Offset", TimeSpan.FromHours(hours).ToString("c", CultureInfo.InvariantCulture));
    }

    private static double? Hours(ContentDateTimerEventViewModel model)
        => string.IsNullOrWhiteSpace(model.OffsetHours) ? 0
            : double.TryParse(model.OffsetHours.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var h) && Math.Abs(h) < 24 * 366 ? h : null;

    protected override Task FillChoicesAsync(ContentDateTimerEventViewModel model)
    {
        model.ContentTypes = [.. definitions.ListTypes().Select(t => (t.Name, t.DisplayName))];
        return Task.CompletedTask;
    }
}
