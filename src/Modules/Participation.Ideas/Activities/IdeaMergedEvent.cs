
namespace Participation.Ideas.Activities;

/// <summary>A moderator merged a duplicate idea into another: <c>Input.IntoTitle</c> and <c>Input.IntoUrl</c> name the one its supports moved to.</summary>
public sealed class IdeaMergedEvent : IdeaEvent { public override string DisplayText => "An idea was merged into another"; }
