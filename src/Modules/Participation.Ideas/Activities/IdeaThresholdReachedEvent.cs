
namespace Participation.Ideas.Activities;

/// <summary>An idea reached its topic's threshold of supports (raised once per idea).</summary>
public sealed class IdeaThresholdReachedEvent : IdeaEvent { public override string DisplayText => "An idea reached the threshold of supports"; }
