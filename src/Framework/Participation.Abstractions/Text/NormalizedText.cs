namespace Participation.Text;

/// <summary>
/// Text in <see cref="ArabicNormalizer"/>'s normal form, with the position in the original text
/// of each of its characters (normalisation only drops characters or folds one into one).
/// </summary>
public sealed class NormalizedText(string text, int[] origins)
{
    public string Text { get; } = text;

    /// <summary>
    /// The span of the original text that <paramref name="length"/> normalised characters from
    /// <paramref name="start"/> came from, including anything dropped between them (tatweel, invisible marks).
    /// </summary>
    public (int Start, int Length) OriginalSpan(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        var first = origins[start];
        return (first, origins[start + length - 1] + 1 - first);
    }
}
