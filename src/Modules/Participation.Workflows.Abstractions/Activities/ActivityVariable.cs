namespace Participation.Workflows.Activities;

/// <summary>
/// A value templates may read, as the activity editor lists it: its Liquid path
/// (<c>Content.DisplayText</c>), what it holds and an example the preview renders with
/// (both English, localised when shown).
/// </summary>
public sealed record ActivityVariable(string Path, string Description, string Example);
