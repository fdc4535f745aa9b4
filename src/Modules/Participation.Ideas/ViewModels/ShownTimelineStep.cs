using Participation.Ideas.Services;

namespace Participation.Ideas.ViewModels;

/// <summary>A step of an idea's timeline as its reader is shown it: the name of a status the site defined, in the page's language, or null for a shipped one.</summary>
public sealed record ShownTimelineStep(TimelineStep Step, string? CustomName);
