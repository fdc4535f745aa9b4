namespace Participation.Localization;

/// <summary>
/// Passed as the only argument of a localiser's indexer, it asks for the plural form of the text
/// that the culture's plural rule picks for <see cref="Count"/> (Orchard Core's shape). The
/// chosen form is formatted with the count as <c>{0}</c> and <see cref="Arguments"/> as <c>{1}</c>….
/// </summary>
public sealed record PluralArgument(long Count, string Plural, object[] Arguments);
