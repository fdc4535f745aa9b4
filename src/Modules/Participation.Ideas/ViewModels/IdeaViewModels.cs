using Participation.ContentManagement;
using Participation.Ideas.Models;
using Participation.Ideas.Services;

namespace Participation.Ideas.ViewModels;

/// <summary>The public list of topics, open ones first.</summary>
public sealed class TopicListViewModel
{
    public required IReadOnlyList<ContentItem> Topics { get; init; }
    public required IReadOnlyDictionary<string, string> DepartmentNames { get; init; }
}

/// <summary>One idea in a list or on its page, as every reader sees it; their support is a personal block (<see cref="SupportFragment"/>).</summary>
public sealed class IdeaCardViewModel
{
    public required IdeaIndex Row { get; init; }
    public string Description { get; init; } = "";
}

/// <summary>An idea's support block as one reader sees it: whether they support it and may (un)support it.</summary>
public sealed class IdeaSupportViewModel
{
    public required string IdeaId { get; init; }
    public bool SupportedByMe { get; init; }
    /// <summary>The support form shows for signed-in people while supporting is open.</summary>
    public bool CanAct { get; init; }
    /// <summary>Why the reader cannot support it (a localisable text), shown instead of the button; null when they can.</summary>
    public string? CannotSupport { get; init; }
    /// <summary>Where the support form returns to without script.</summary>
    public required string ReturnUrl { get; init; }
}

/// <summary>A topic's page, the same for every reader: the topic and one page of its ideas in the chosen order.</summary>
public sealed class TopicViewModel
{
    public required ContentItem Topic { get; init; }
    public required IdeaTopicPart Part { get; init; }
    public required string Department { get; init; }
    public required IReadOnlyList<IdeaCardViewModel> Ideas { get; init; }
    public string? Next { get; init; }
    public required IdeaListRequest Request { get; init; }
}

/// <summary>An idea's page: its text, author's display name, status timeline and supports; the reader's support and the author's actions are personal blocks.</summary>
public sealed class IdeaPageViewModel
{
    public required ContentItem Idea { get; init; }
    public required ContentItem Topic { get; init; }
    public required IdeaCardViewModel Card { get; init; }
    /// <summary>The steps everyone sees (the official answer is among them); the list shown is the reader's (<see cref="TimelineFragment"/>).</summary>
    public required IReadOnlyList<TimelineStep> Timeline { get; init; }
    /// <summary>The author reading their idea while it waits or was refused (a page rendered for them alone).</summary>
    public bool IsAuthor { get; init; }
    /// <summary>The refusal reason's name in the visitor's language, for the author.</summary>
    public string? RefusalReason { get; init; }
    /// <summary>The idea this one was merged into, which its page points to.</summary>
    public IdeaIndex? MergedInto { get; init; }
    /// <summary>Published and listed: it may be followed and commented on.</summary>
    public bool IsPublic { get; init; }
    /// <summary>The shapes other modules add to a public idea (its comments); empty otherwise.</summary>
    public IReadOnlyList<Participation.ContentManagement.Display.ShapeResult> Shapes { get; init; } = [];
}

/// <summary>The idea form (propose or change): what was typed, and the problems by field.</summary>
public sealed class IdeaFormViewModel
{
    public required ContentItem Topic { get; init; }
    public required IdeaTopicPart Part { get; init; }
    public string? IdeaId { get; init; }
    public IdeaDraft Values { get; init; } = new(null, null, null);
    public Dictionary<string, string> Errors { get; init; } = [];
    /// <summary>The size limit of each attached file.</summary>
    public long MaxMegabytes { get; init; }
}

/// <summary>A person's own ideas with their state.</summary>
public sealed class MyIdeasViewModel
{
    public required IReadOnlyList<IdeaIndex> Ideas { get; init; }
    public required IReadOnlyDictionary<string, string> Reasons { get; init; }
}

/// <summary>The department's study of a topic's ideas, most supported first.</summary>
public sealed class StudyViewModel
{
    public required ContentItem Topic { get; init; }
    public required IReadOnlyList<IdeaIndex> Ideas { get; init; }
    /// <summary>The feasibility assessments of the ideas shown, by idea.</summary>
    public required IReadOnlyDictionary<string, IdeaAssessment> Assessments { get; init; }
    /// <summary>Whether the officer is also a moderator, who may merge duplicates.</summary>
    public bool CanMerge { get; init; }
}

/// <summary>The moderators' review of submitted ideas.</summary>
public sealed class ReviewViewModel
{
    public required IReadOnlyList<ReviewEntry> Entries { get; init; }
    public required IReadOnlyList<(string Key, string Name)> Reasons { get; init; }
}

/// <summary>The merge of a duplicate: the idea to merge and the ideas of its topic most like it.</summary>
public sealed class MergeViewModel
{
    public required IdeaIndex From { get; init; }
    public required IReadOnlyList<IdeaIndex> Candidates { get; init; }
    /// <summary>The idea chosen beforehand (from the "possible duplicate of" hint).</summary>
    public string? Into { get; init; }
}

/// <summary>The admin's statuses, and the definition form as typed when it was refused.</summary>
public sealed class CustomStatusesViewModel
{
    public required IReadOnlyList<IdeaCustomStatus> Statuses { get; init; }
    public string? Error { get; init; }
    public string? NameAr { get; init; }
    public string? NameEn { get; init; }
    public string? CountsAs { get; init; }
}
