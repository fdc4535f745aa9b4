namespace Participation.Surveys.Models;

/// <summary>Picks the English text for an English visitor when there is one, the Arabic otherwise.</summary>
public static class Bilingual
{
    public static string Pick(string culture, string arabic, string english)
        => culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) && english.Length > 0 ? english : arabic;
}
