namespace Participation.Localization;

/// <summary>One PO file: its translations, its plural entries (one text per form) and the plural rule its header gives, if any.</summary>
public sealed record PoDocument(IReadOnlyDictionary<string, string> Strings, IReadOnlyDictionary<string, string[]> Plurals, PluralFormula? PluralRule);
