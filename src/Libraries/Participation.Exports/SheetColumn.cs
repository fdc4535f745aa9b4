namespace Participation.Exports;

/// <summary>A worksheet column's width in characters, and whether its text wraps (long free text).</summary>
public sealed record SheetColumn(double Width, bool Wrap = false);
