using Microsoft.Extensions.Configuration;
using Participation.Departments;
using Participation.Http;
using Participation.Ideas.Activities;
using Participation.Ideas.Models;
using Participation.Workflows;

namespace Participation.Ideas.Services;

/// <summary>
/// Stores the module's workflow events in the caller's transaction, each with what a workflow's
/// templates need: the idea, its topic, its address, and the studying department's email.
/// </summary>
public sealed class IdeaEvents(IWorkflowTrigger trigger, IDepartmentDirectory departments, IConfiguration configuration)
{
    public Task SubmittedAsync(string ideaId, string topicId, string title) => RaiseAsync(nameof(IdeaSubmittedEvent), ideaId, topicId, title);

    public Task PublishedAsync(string ideaId, string topicId, string title) => RaiseAsync(nameof(IdeaPublishedEvent), ideaId, topicId, title);

    /// <param name="rule">What sent it to study (<see cref="StudyRule"/>): the threshold, or being among the most supported when supporting ended.</param>
    public async Task ThresholdReachedAsync(string ideaId, string topicId, string title, long supports, string department, string rule)
    {
        var email = (await departments.GetAsync(department))?.Email ?? "";
        await RaiseAsync(nameof(IdeaThresholdReachedEvent), ideaId, topicId, title, new() { ["Supports"] = supports, ["Department"] = department, ["DepartmentEmail"] = email, ["Rule"] = rule });
    }

    /// <param name="answer">The official answer given with the change, for the emails; empty when none.</param>
    /// <param name="custom">The admin's own status set, whose names the emails give (<c>Input.StatusNameAr</c>, <c>Input.StatusNameEn</c>); <paramref name="to"/> is what it counts as.</param>
    public Task StatusChangedAsync(string ideaId, string topicId, string title, string from, string to, string answer = "", IdeaCustomStatus? custom = null)
        => RaiseAsync(nameof(IdeaStatusChangedEvent), ideaId, topicId, title, new()
        {
            ["From"] = from, ["To"] = to, ["Answer"] = answer, ["StatusNameAr"] = custom?.NameAr ?? "", ["StatusNameEn"] = custom?.NameEn ?? "",
        });

    /// <summary>Idea <paramref name="ideaId"/> was merged into <paramref name="intoId"/>; its author, former supporters and followers are told (the shipped workflow).</summary>
    public Task MergedAsync(string ideaId, string topicId, string title, string intoId, string intoTitle, long moved)
        => RaiseAsync(nameof(IdeaMergedEvent), ideaId, topicId, title, new()
        {
            ["IntoId"] = intoId, ["IntoTitle"] = intoTitle, ["IntoUrl"] = PublicUrl.Of(configuration) + IdeaPaths.Idea(intoId), ["MovedSupports"] = moved,
        });

    public Task TopicStageChangedAsync(string topicId, string title, string from, string to)
        => trigger.TriggerAsync(nameof(IdeaTopicStageChangedEvent), new Dictionary<string, object?>
        {
            ["ContentItemId"] = topicId, ["TopicId"] = topicId, ["Title"] = title, ["From"] = from, ["To"] = to,
            ["Url"] = PublicUrl.Of(configuration) + IdeaPaths.Topic(topicId),
        });

    private Task RaiseAsync(string eventName, string ideaId, string topicId, string title, Dictionary<string, object?>? more = null)
    {
        var input = new Dictionary<string, object?>
        {
            ["ContentItemId"] = ideaId, ["ContentType"] = ContentTypes.Idea, ["TopicId"] = topicId, ["Title"] = title,
            ["Url"] = PublicUrl.Of(configuration) + IdeaPaths.Idea(ideaId),
            ["AdminUrl"] = PublicUrl.Of(configuration) + "/admin/ideas/study/" + topicId + "#study-" + ideaId,
        };
        foreach (var (key, value) in more ?? []) input[key] = value;
        return trigger.TriggerAsync(eventName, input);
    }
}
