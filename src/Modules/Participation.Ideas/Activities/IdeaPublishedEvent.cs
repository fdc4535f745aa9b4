
namespace Participation.Ideas.Activities;

/// <summary>A moderator approved an idea: it is public.</summary>
public sealed class IdeaPublishedEvent : IdeaEvent { public override string DisplayText => "An idea was published"; }
