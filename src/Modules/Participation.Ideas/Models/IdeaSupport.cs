namespace Participation.Ideas.Models;

/// <summary>One person's support of one idea: the unique (idea, user) key makes "one support per person" the database's rule.</summary>
public sealed class IdeaSupport
{
    public long Id { get; set; }
    public string IdeaId { get; set; } = "";
    /// <summary>The idea's topic, for the per-topic limit.</summary>
    public string TopicId { get; set; } = "";
    public string UserId { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
}
