namespace Participation.ContentManagement.Lifecycle;

/// <summary>
/// A content type's stages and the moves between them, in one place per type. Each move is
/// named by its trigger (e.g. <c>Close</c>) and may have guards: rules that must hold, each
/// with the reason shown when it does not.
/// </summary>
public sealed class LifecycleDefinition
{
    public required IReadOnlyList<string> Stages { get; init; }
    public required IReadOnlyList<StageTransition> Transitions { get; init; }

    public string InitialStage => Stages[0];
}

/// <summary>A move from one stage to another; <see cref="Guards"/> must all hold.</summary>
public sealed record StageTransition(string Trigger, string From, string To)
{
    public IReadOnlyList<StageGuard> Guards { get; init; } = [];
}

/// <summary>A rule a move needs: <see cref="Holds"/> over the item, and the English reason (localised when shown).</summary>
public sealed record StageGuard(string Reason, Func<ContentItem, DateTime, bool> Holds);

/// <summary>Why a move was refused.</summary>
public sealed class StageTransitionException(string message) : Exception(message);

/// <summary>
/// Moves items through their lifecycle. Editors (from the admin), timers and workflows all
/// go through <see cref="FireAsync"/>: the same guards, the same <c>StageChanged</c> event.
/// </summary>
public interface IContentLifecycle
{
    /// <summary>The triggers that may fire now, with the reasons the others may not.</summary>
    IReadOnlyList<(string Trigger, string To, IReadOnlyList<string> UnmetGuards)> GetTriggers(ContentItem item);

    /// <summary>Moves the item (its latest version) and saves it; throws <see cref="StageTransitionException"/> with a localised reason.</summary>
    Task FireAsync(ContentItem item, string trigger, string? comment = null);
}
