using Participation.ContentManagement.Lifecycle;
using Participation.Polls.Models;

namespace Participation.Polls;

/// <summary>A poll is drafted, opened to votes, then archived with its final results when its period ends.</summary>
public static class PollLifecycle
{
    public const string Draft = "Draft", Open = "Open", Archived = "Archived";

    private static readonly StageGuard IsPublished = new("Publish the poll before opening it.", (item, _) => item.Published);
    private static readonly StageGuard HasOptions = new("A poll needs at least two options.", (item, _) => item.As<PollPart>().Options.Count >= 2);
    private static readonly StageGuard EndsInFuture = new("Set an end date in the future first.", (item, now) => item.As<PollPart>().EndsUtc is { } ends && ends > now);

    public static readonly LifecycleDefinition Definition = new()
    {
        Stages = [Draft, Open, Archived],
        Transitions =
        [
            new("Open", Draft, Open) { Guards = [IsPublished, HasOptions, EndsInFuture] },
            new("Archive", Open, Archived),
        ],
    };
}
