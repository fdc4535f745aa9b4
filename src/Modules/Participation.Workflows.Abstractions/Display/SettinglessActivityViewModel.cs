namespace Participation.Workflows.Display;

/// <summary>The (empty) form model of <see cref="SettinglessActivityDisplayDriver{TActivity}"/>.</summary>
public sealed class SettinglessActivityViewModel;
