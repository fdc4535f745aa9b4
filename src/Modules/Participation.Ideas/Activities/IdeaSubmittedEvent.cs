
namespace Participation.Ideas.Activities;

/// <summary>A citizen submitted an idea (it waits for review).</summary>
public sealed class IdeaSubmittedEvent : IdeaEvent { public override string DisplayText => "An idea was submitted"; }
