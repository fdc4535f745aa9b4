namespace Participation.Ideas.Activities;

/// <summary>An idea topic moved stage; <c>To</c> filters on the new stage.</summary>
public sealed class IdeaTopicStageChangedEvent : IdeaChangeEvent { public override string DisplayText => "An idea topic's stage changed"; }
