namespace Participation.Workflows;

/// <summary>A person to write to, in their language.</summary>
public sealed record Participant(string Email, string Name, string Culture);
