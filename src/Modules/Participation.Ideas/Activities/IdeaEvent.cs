using System.Text.Json.Nodes;
using Participation.Workflows.Activities;
using Participation.Workflows.Models;

namespace Participation.Ideas.Activities;

/// <summary>Events the Ideas module raises; <c>TopicId</c> filters to one topic.</summary>
public abstract class IdeaEvent : EventActivity
{
    public override bool Matches(ActivityRecord activity, IReadOnlyDictionary<string, JsonNode?> input) => Filter(activity, "TopicId", input, "TopicId");
}

/// <summary>A citizen submitted an idea (it waits for review).</summary>
public sealed class IdeaSubmittedEvent : IdeaEvent { public override string DisplayText => "An idea was submitted"; }

/// <summary>A moderator approved an idea: it is public.</summary>
public sealed class IdeaPublishedEvent : IdeaEvent { public override string DisplayText => "An idea was published"; }

/// <summary>An idea reached its topic's threshold of supports (raised once per idea).</summary>
public sealed class IdeaThresholdReachedEvent : IdeaEvent { public override string DisplayText => "An idea reached the threshold of supports"; }

/// <summary>An idea's status changed; <c>To</c> filters on the new status.</summary>
public sealed class IdeaStatusChangedEvent : IdeaEvent
{
    public override string DisplayText => "An idea's status changed";

    public override bool Matches(ActivityRecord activity, IReadOnlyDictionary<string, JsonNode?> input)
        => base.Matches(activity, input) && Filter(activity, "To", input, "To");
}

/// <summary>An idea topic moved stage; <c>To</c> filters on the new stage.</summary>
public sealed class IdeaTopicStageChangedEvent : IdeaEvent
{
    public override string DisplayText => "An idea topic's stage changed";

    public override bool Matches(ActivityRecord activity, IReadOnlyDictionary<string, JsonNode?> input)
        => base.Matches(activity, input) && Filter(activity, "To", input, "To");
}
