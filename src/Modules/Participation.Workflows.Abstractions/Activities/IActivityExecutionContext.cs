using System.Text.Json.Nodes;
using Participation.ContentManagement;
using Participation.Workflows.Models;

namespace Participation.Workflows.Activities;

/// <summary>What a task sees while it runs: its properties, the event's input, the content item, services.</summary>
public interface IActivityExecutionContext
{
    ActivityRecord Activity { get; }
    /// <summary>The workflow type the task runs in, e.g. for the history of what it changed.</summary>
    string WorkflowTypeId { get; }
    JsonObject Input { get; }
    IServiceProvider Services { get; }
    /// <summary>The item the event concerns (its input's <c>ContentItemId</c>), if any.</summary>
    string? ContentItemId { get; }

    /// <summary>The latest version of the item the event concerns, if any.</summary>
    Task<ContentItem?> GetContentItemAsync();

    /// <summary>Renders a templated (Liquid) property for a recipient (or none).</summary>
    Task<string> RenderAsync(string? template, Participant? recipient = null);
}
