namespace Participation.Moderation.Models;

/// <summary>A term of the offensive-language lexicon (Arabic or English), edited in the admin.</summary>
public sealed class LexiconTerm
{
    public long Id { get; set; }
    public string Term { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
}

/// <summary>A ban from taking part: temporary (until <see cref="EndsUtc"/>) or permanent, with the policy reason.</summary>
public sealed class Ban
{
    public long Id { get; set; }
    public string UserId { get; set; } = "";
    public string Reason { get; set; } = "";
    public string? Note { get; set; }
    public DateTime? EndsUtc { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public DateTime? LiftedUtc { get; set; }

    public bool IsActive(DateTime nowUtc) => LiftedUtc is null && (EndsUtc is null || EndsUtc > nowUtc);
}

/// <summary>One digest sent for one period, so two nodes or a restart never send it twice.</summary>
public sealed class DigestRun
{
    public string Period { get; set; } = "";
    public DateTime SentUtc { get; set; }
}
