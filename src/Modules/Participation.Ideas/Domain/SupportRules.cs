using Participation.Ideas.Models;

namespace Participation.Ideas.Domain;

/// <summary>
/// Whether a person may support an idea, or take their support back, without a web server:
/// the topic taking supports (its stage and period), an idea that can be supported, a person
/// the topic accepts, the author's own idea where the topic forbids it. One support per person
/// per idea and the per-topic limit are counted by the database (<see cref="Services.SupportWriter"/>).
/// </summary>
public static class SupportRules
{
    public static IdeaProblem? CanSupport(IdeaTopicPart topic, string topicStage, string ideaStatus, bool isAuthor, DateTime nowUtc, bool identityVerified)
        => IdeaCannotBeSupported(ideaStatus) ?? CanSupportIn(topic, topicStage, isAuthor, nowUtc, identityVerified);

    /// <summary>
    /// Everything <see cref="CanSupport"/> checks but the idea's status, for a support whose
    /// status is checked where it is written (<see cref="Services.SupportWriter"/>, on the idea's row).
    /// </summary>
    public static IdeaProblem? CanSupportIn(IdeaTopicPart topic, string topicStage, bool isAuthor, DateTime nowUtc, bool identityVerified)
    {
        if (SupportingClosed(topic, topicStage, nowUtc) is { } closed) return closed;
        if (topic.Eligibility == IdeaEligibility.VerifiedIdentity && !identityVerified)
            return new("This topic is open to verified identities only: sign in with the national login to take part.");
        if (isAuthor && !topic.AuthorsMaySupportOwn) return new("You cannot support your own idea in this topic.");
        return null;
    }

    /// <summary>A support may be taken back while the topic takes supports.</summary>
    public static IdeaProblem? CanWithdraw(IdeaTopicPart topic, string topicStage, DateTime nowUtc) => SupportingClosed(topic, topicStage, nowUtc);

    /// <summary>How many more ideas the person may support in the topic; null when the topic sets no limit.</summary>
    public static int? Left(IdeaTopicPart topic, long used) => topic.SupportLimit is { } limit ? (int)Math.Max(0, limit - used) : null;

    /// <summary>Why an idea in <paramref name="status"/> takes no support; null when it takes them.</summary>
    public static IdeaProblem? IdeaCannotBeSupported(string status) => status switch
    {
        IdeaStatus.Withdrawn => new("Its author withdrew this idea: it can no longer be supported."),
        IdeaStatus.Merged => new("This idea was merged into another: support that one instead."),
        _ when !IdeaStatus.Supportable.Contains(status) => new("This idea can no longer be supported."),
        _ => null,
    };

    private static IdeaProblem? SupportingClosed(IdeaTopicPart topic, string stage, DateTime nowUtc)
        => !IdeaTopicLifecycle.SupportStages.Contains(stage) || (topic.SupportEndsUtc is { } ends && nowUtc >= ends)
            ? new("Supporting ideas in this topic has ended.")
            : null;
}
