using System.Text.Json.Nodes;
using Participation.Workflows.Activities;

namespace Participation.Workflows;

/// <summary>
/// Who an email goes to, from one entry of a task's <c>Recipients</c> list:
/// <c>{ "Kind": "Address", "Value": "{{ Input.Email }}" }</c>. Modules add kinds (departments…).
/// </summary>
public interface IRecipientResolver
{
    string Kind { get; }
    /// <summary>English, as the email activity's form offers it (localised when shown).</summary>
    string DisplayText { get; }
    /// <summary>What <c>Value</c> holds for this kind (an address, a role name), or null when it takes none.</summary>
    string? ValueLabel => null;
    Task<IReadOnlyList<Participant>> ResolveAsync(JsonObject entry, IActivityExecutionContext context);
}
