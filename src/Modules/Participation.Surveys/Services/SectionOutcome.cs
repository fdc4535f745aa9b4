using Participation.Surveys.Domain;

namespace Participation.Surveys.Services;

/// <summary>
/// What became of a posted section: refused with a problem per field (nothing saved, the posted
/// values shown again), saved with the next section to show, or the response submitted.
/// </summary>
public sealed record SectionOutcome(IReadOnlyDictionary<string, AnswerProblem> Problems, string? NextSectionId, bool Submitted, AnswerProblem? Refusal = null)
{
    public static SectionOutcome Refused(AnswerProblem refusal) => new(new Dictionary<string, AnswerProblem>(), null, false, refusal);
}
