using Participation.Workflows.Activities;
using Participation.Workflows.Models;

namespace Participation.Workflows.Services;

/// <summary>
/// Checks a definition before it is saved or imported: known activities, one starting event,
/// transitions between existing activities on outcomes the source has, templates that parse,
/// each activity's own rules. Every problem names the activity (or transition) and the reason.
/// </summary>
public sealed class WorkflowDefinitionValidator(IEnumerable<Activity> activities)
{
    private readonly Dictionary<string, Activity> _byName = activities.ToDictionary(a => a.Name, StringComparer.Ordinal);

    public IReadOnlyList<string> Validate(WorkflowDefinition definition)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(definition.WorkflowTypeId)) problems.Add("WorkflowTypeId: a workflow type needs an id (letters, digits, '-').");
        else if (!definition.WorkflowTypeId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')) problems.Add($"WorkflowTypeId: '{definition.WorkflowTypeId}' may use only Latin letters, digits, '-' and '_'.");
        if (string.IsNullOrWhiteSpace(definition.Name)) problems.Add("Name: a workflow type needs a name.");

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var activity in definition.Activities)
        {
            var at = $"activity '{activity.ActivityId}'";
            if (string.IsNullOrWhiteSpace(activity.ActivityId)) { problems.Add($"an activity of kind '{activity.Name}' has no ActivityId."); continue; }
            if (!ids.Add(activity.ActivityId)) problems.Add($"{at}: the id is used twice.");
            if (!_byName.TryGetValue(activity.Name, out var kind))
            {
                problems.Add($"{at}: unknown activity '{activity.Name}' (known: {string.Join(", ", _byName.Keys.Order())}).");
                continue;
            }
            if (activity.IsStart && kind is not EventActivity) problems.Add($"{at}: a workflow starts with an event; '{activity.Name}' is a task.");
            if (!activity.IsStart && kind is EventActivity) problems.Add($"{at}: '{activity.Name}' is an event; events only start workflows here.");
            foreach (var problem in PropertyProblems(kind, activity)) problems.Add($"{at}, property '{problem.Property}': {problem.English}");
        }

        var starts = definition.Activities.Count(a => a.IsStart);
        if (starts != 1) problems.Add(starts == 0 ? "the workflow has no starting event (set IsStart on one event activity)." : $"the workflow has {starts} starting activities; it needs exactly one.");

        foreach (var transition in definition.Transitions)
        {
            var source = definition.Activities.FirstOrDefault(a => a.ActivityId == transition.SourceActivityId);
            var at = $"transition {transition.SourceActivityId}:{transition.SourceOutcomeName} → {transition.DestinationActivityId}";
            if (source is null) { problems.Add($"{at}: no activity '{transition.SourceActivityId}' to start from."); continue; }
            if (definition.Activities.All(a => a.ActivityId != transition.DestinationActivityId)) problems.Add($"{at}: no activity '{transition.DestinationActivityId}' to go to.");
            if (_byName.TryGetValue(source.Name, out var kind) && !kind.Outcomes(source).Contains(transition.SourceOutcomeName))
                problems.Add($"{at}: '{source.Name}' has no outcome '{transition.SourceOutcomeName}' (its outcomes: {string.Join(", ", kind.Outcomes(source))}).");
        }
        return problems;
    }

    /// <summary>
    /// What is wrong with one activity's properties: templates that do not parse, and the
    /// activity's own rules. The problems are English formats (<c>{0}</c>: the detail), for the
    /// JSON editor as they are and for the activity's form localised.
    /// </summary>
    public static IEnumerable<ActivityProblem> PropertyProblems(Activity kind, ActivityRecord activity)
    {
        foreach (var property in kind.TemplatedProperties(activity))
        {
            var template = activity.Text(property);
            if (template is not null && LiquidTemplates.Check(template) is { } error) yield return new(property, "the Liquid template does not parse: {0}", error);
        }
        foreach (var (property, problem) in kind.Validate(activity)) yield return new(property, problem);
    }
}
