namespace Participation.Audiences;

/// <summary>A group a consultation targets and a participant may speak for (the policy's stakeholder groups by default).</summary>
public sealed record Audience(string Key, string NameAr, string NameEn)
{
    public string Name(string culture) => culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? NameEn : NameAr;
}

/// <summary>The managed list of audiences, edited in the admin and set by the <c>Audiences</c> recipe step.</summary>
public interface IAudienceCatalog
{
    Task<IReadOnlyList<Audience>> ListAsync();
    Task SaveAsync(IReadOnlyList<Audience> audiences);
}
