namespace Participation.Testing.Seeding;

/// <summary>How much the seeder adds. <see cref="National"/> is issue 13's scale; tests use a few dozen rows.</summary>
public sealed record SeedPlan
{
    /// <summary>Confirmed accounts signed in by the benchmark (logins from <see cref="CitizenFiller.Login"/>).</summary>
    public int Citizens { get; init; }
    public string CitizenPrefix { get; init; } = "citizen";
    public string CitizenPassword { get; init; } = "Citizen-pass-2026";
    public int Consultations { get; init; }
    public int Comments { get; init; }
    /// <summary>Of <see cref="Comments"/>, how many go to the one big consultation (the template, at its own path).</summary>
    public int CommentsOnBigConsultation { get; init; }
    /// <summary>One in this many comments waits in the moderation queue (pending).</summary>
    public int PendingEvery { get; init; } = 50;
    /// <summary>Copies of the sample's open poll, half of them archived.</summary>
    public int Polls { get; init; }
    public int Ballots { get; init; }
    public int Requests { get; init; }
    /// <summary>Copies of the sample's first idea, in its topic (the topic's list and search at scale).</summary>
    public int Ideas { get; init; }
    /// <summary>Supports of those ideas, each from its own synthetic person, most on the first ideas.</summary>
    public int IdeaSupports { get; init; }
    /// <summary>Responses to the sample's survey, each with an answer to every question.</summary>
    public int SurveyResponses { get; init; }
    /// <summary>Rows per transaction: big enough that commits do not dominate, small enough to keep the journal modest.</summary>
    public int BatchSize { get; init; } = 50_000;

    public static SeedPlan National { get; } = new()
    {
        Consultations = 10_000, Comments = 1_000_000, CommentsOnBigConsultation = 200_000, Polls = 100, Ballots = 2_000_000, Requests = 200_000, Ideas = 100_000,
        IdeaSupports = 500_000, SurveyResponses = 100_000,
    };

    /// <summary>The plan divided by <paramref name="divisor"/> (a quick run to estimate the full one).</summary>
    public SeedPlan Divide(int divisor) => this with
    {
        Consultations = Consultations / divisor, Comments = Comments / divisor, CommentsOnBigConsultation = CommentsOnBigConsultation / divisor,
        Polls = Math.Max(2, Polls / divisor), Ballots = Ballots / divisor, Requests = Requests / divisor, Ideas = Ideas / divisor,
        IdeaSupports = IdeaSupports / divisor, SurveyResponses = SurveyResponses / divisor,
    };
}
