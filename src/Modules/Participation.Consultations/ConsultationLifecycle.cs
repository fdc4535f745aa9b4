using Participation.ContentManagement.Lifecycle;
using Participation.Consultations.Models;

namespace Participation.Consultations;

/// <summary>
/// The six stages of a consultation and the moves between them. The agency may skip the
/// proposal stage; it cannot decide before participation closed, nor archive before deciding.
/// </summary>
public static class ConsultationLifecycle
{
    public const string Draft = "Draft", Proposed = "Proposed", Open = "Open", Closed = "Closed", Decided = "Decided", Archived = "Archived";

    private static readonly StageGuard HasClosingDate = new("Set the closing date of the participation period first.",
        (item, _) => item.As<ConsultationPart>().ClosesUtc is not null);
    private static readonly StageGuard ClosesInFuture = new("The closing date has passed: set a later one to open participation.",
        (item, now) => item.As<ConsultationPart>().ClosesUtc is { } closes && closes > now);
    private static readonly StageGuard IsPublished = new("Publish the consultation before opening it to participation.",
        (item, _) => item.Published);
    private static readonly StageGuard HasDecision = new("Write the decision before announcing it.",
        (item, _) => !string.IsNullOrWhiteSpace(item.As<ConsultationPart>().Decision));

    /// <summary>The stages citizens see on the public page: a draft is the agency's own business.</summary>
    public static readonly IReadOnlyList<string> PublicStages = [Proposed, Open, Closed, Decided, Archived];

    public static readonly LifecycleDefinition Definition = new()
    {
        Stages = [Draft, Proposed, Open, Closed, Decided, Archived],
        Transitions =
        [
            new("Propose", Draft, Proposed),
            new("Open", Proposed, Open) { Guards = [HasClosingDate, ClosesInFuture, IsPublished] },
            new("Open", Draft, Open) { Guards = [HasClosingDate, ClosesInFuture, IsPublished] },
            new("Close", Open, Closed),
            new("Reopen", Closed, Open) { Guards = [ClosesInFuture] },
            new("Decide", Closed, Decided) { Guards = [HasDecision] },
            new("Archive", Decided, Archived),
        ],
    };
}
