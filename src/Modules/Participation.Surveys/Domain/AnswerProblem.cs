namespace Participation.Surveys.Domain;

/// <summary>Why an answer was refused: an English message (the localisation key) and its arguments.</summary>
public sealed record AnswerProblem(string Message, params object[] Arguments);
