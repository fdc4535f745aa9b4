namespace Participation.Comments;

/// <summary>One item's contributions (published top-level comments not the agency's own) and the distinct people who wrote them.</summary>
public sealed record ItemContributions(int Contributions, int Participants);
