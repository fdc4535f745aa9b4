namespace Participation.Transparency;

/// <summary>A module's figures of the period, and the changes it made in it (the agency's one-line summaries).</summary>
public sealed record ImpactSection(string Tool, string Heading, IReadOnlyList<ImpactFigure> Figures, IReadOnlyList<string> Changes);

/// <summary>How a figure reads: a count, a percentage, office hours, a 1–5 rating.</summary>
public enum FigureKind { Count, Percent, Hours, Rating }

/// <summary>One figure: a stable key (<c>requests.received</c>), its label in the visitor's language, and its value (null: nothing to measure).</summary>
public sealed record ImpactFigure(string Key, string Label, double? Value, FigureKind Kind);
