namespace Participation.Moderation;

/// <summary>How contributions to a content type (or one item) become public.</summary>
public enum ModerationMode
{
    /// <summary>Nothing is public before a moderator approves it (the default for government).</summary>
    PreModeration,
    /// <summary>Public at once; moderators review afterwards, flagged ones first.</summary>
    PostModeration,
    /// <summary>Public unless automatic screening flags it.</summary>
    ScreeningOnly,
}
