namespace Participation.Ideas.Domain;

/// <summary>
/// The "top N at the end of the support period" rule, without a web server: which ideas go to
/// study when supporting ends. The <c>n</c> ideas with the most supports go; ideas tied with the
/// last one chosen go too, so no idea is left out that has as many supports as one that is
/// studied (the topic may then study more than <c>n</c>); an idea nobody supported never goes.
/// </summary>
public static class StudySelection
{
    /// <param name="ideas">The topic's published ideas with their supports (the service reads only those at or above the cut).</param>
    public static IReadOnlyList<string> Choose(IEnumerable<(string IdeaId, long Supports)> ideas, int n)
    {
        if (n < 1) return [];
        var ranked = ideas.Where(i => i.Supports > 0).OrderByDescending(i => i.Supports).ThenBy(i => i.IdeaId, StringComparer.Ordinal).ToList();
        if (ranked.Count <= n) return [.. ranked.Select(i => i.IdeaId)];
        var cut = ranked[n - 1].Supports;
        return [.. ranked.TakeWhile(i => i.Supports >= cut).Select(i => i.IdeaId)];
    }
}
