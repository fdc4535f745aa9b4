namespace Participation.Ideas.Domain;

/// <summary>Why something is refused, as a localisable text with its arguments; null when it may be done.</summary>
public sealed record IdeaProblem(string Message, params object[] Arguments);
