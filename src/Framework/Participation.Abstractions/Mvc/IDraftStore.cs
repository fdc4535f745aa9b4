namespace Participation.Mvc;

/// <summary>
/// What a person typed into a refused form, kept on the server for the page the redirect leads
/// to. Only a random id goes into TempData: the text never travels in a cookie, so an
/// over-long draft cannot make every later page too large to ask for.
/// </summary>
public interface IDraftStore
{
    /// <summary>The most of a draft that is kept; a longer one comes back cut to this length.</summary>
    const int MaxLength = 20_000;

    /// <summary>Keeps the text under <paramref name="key"/> for this person's next pages.</summary>
    Task KeepAsync(string key, string? text);

    /// <summary>The text kept under <paramref name="key"/>, or null; it stays for a later page too.</summary>
    Task<string?> PeekAsync(string key);

    /// <summary>The text kept under <paramref name="key"/>, or null; it is not offered again.</summary>
    Task<string?> TakeAsync(string key);
}
