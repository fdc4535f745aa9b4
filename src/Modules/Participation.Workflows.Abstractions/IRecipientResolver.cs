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
    Task<IReadOnlyList<Participant>> ResolveAsync(JsonObject entry, IActivityExecutionContext context);
}
