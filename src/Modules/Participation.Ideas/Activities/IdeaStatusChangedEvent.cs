namespace Participation.Ideas.Activities;

/// <summary>An idea's status changed; <c>To</c> filters on the new status.</summary>
public sealed class IdeaStatusChangedEvent : IdeaChangeEvent { public override string DisplayText => "An idea's status changed"; }
