namespace Participation.Surveys.Domain;

/// <summary>
/// One stored piece of an answer. <see cref="Key"/> is what is counted: an option id, a scale
/// value, "yes"/"no", a number or a date; a Likert row or a ranked option keeps its row or option
/// id in <see cref="Key"/> and its value in <see cref="Number"/>. <see cref="Text"/> holds free
/// text and the "other" text.
/// </summary>
public sealed record AnswerValue(string Key, decimal? Number = null, string? Text = null)
{
    /// <summary>The key of the "other" option of a multiple choice.</summary>
    public const string Other = "other";
}
