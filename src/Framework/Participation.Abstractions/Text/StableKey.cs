namespace Participation.Text;

/// <summary>
/// The keys recipes, routing rules and records refer to (a department, an audience, a hide reason):
/// lower-case Latin letters, digits and '-', so they survive URLs, JSON and both languages unchanged.
/// </summary>
public static class StableKey
{
    public static bool IsValid([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? key)
        => !string.IsNullOrWhiteSpace(key) && key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
