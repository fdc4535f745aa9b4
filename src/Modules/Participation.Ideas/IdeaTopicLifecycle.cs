using Participation.ContentManagement.Lifecycle;
using Participation.Ideas.Models;

namespace Participation.Ideas;

/// <summary>
/// The stages of an idea topic: drafted, open for ideas (and their supports), supporting only,
/// studied, closed with its answers, archived. The shipped workflows move it at its dates.
/// </summary>
public static class IdeaTopicLifecycle
{
    public const string Draft = "Draft", Open = "Open", Supporting = "Supporting", Studying = "Studying", Closed = "Closed", Archived = "Archived";

    private static readonly StageGuard IsPublished = new("Publish the topic before opening it.", (item, _) => item.Published);
    private static readonly StageGuard HasDepartment = new("Choose the department that studies the ideas first.",
        (item, _) => item.As<IdeaTopicPart>().Department.Length > 0);
    private static readonly StageGuard SubmissionEndsInFuture = new("Set the end of submissions in the future first.",
        (item, now) => item.As<IdeaTopicPart>().SubmissionEndsUtc is { } ends && ends > now);
    private static readonly StageGuard SupportNotEnded = new("Supporting has ended already: move the topic to study.",
        (item, now) => item.As<IdeaTopicPart>().SupportEndsUtc is not { } ends || ends > now);

    /// <summary>The stages citizens see; a draft is the agency's own business.</summary>
    public static readonly IReadOnlyList<string> PublicStages = [Open, Supporting, Studying, Closed, Archived];

    /// <summary>The stages in which ideas may be supported (within the support period).</summary>
    public static readonly IReadOnlyList<string> SupportStages = [Open, Supporting];

    public static readonly LifecycleDefinition Definition = new()
    {
        Stages = [Draft, Open, Supporting, Studying, Closed, Archived],
        Transitions =
        [
            new("Open", Draft, Open) { Guards = [IsPublished, HasDepartment, SubmissionEndsInFuture] },
            new("EndSubmissions", Open, Supporting) { Guards = [SupportNotEnded] },
            new("Study", Open, Studying),
            new("Study", Supporting, Studying),
            new("Close", Studying, Closed),
            new("Archive", Closed, Archived),
        ],
    };
}
