using System.Security.Cryptography;

namespace Participation.Caching;

/// <summary>
/// Set on a request while its page is rendered as a template for signed-in people
/// (<see cref="SharedPageTemplates"/>): the antiforgery writes <see cref="TokenMarker"/> where a
/// form's token goes, each personal block (<see cref="IPersonalFragments"/>) leaves a slot's marker
/// and is noted in <see cref="Fragments"/>, and a view showing something personal clears <see cref="Shareable"/>.
/// </summary>
internal sealed class PageTemplateFeature
{
    /// <summary>Two letters number a slot: more on one page and it is not shared.</summary>
    public const int MaxFragments = 26 * 26;

    private readonly List<FragmentSlot> _fragments = [];

    /// <summary>
    /// Letters only, random per template: no text on the page (an editor's, a citizen's) can
    /// know it, so none can be taken for a marker. It never reaches a reader: every occurrence is filled.
    /// </summary>
    public string TokenMarker { get; } = "tokenmarker" + RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz", 26);

    public bool Shareable { get; set; } = true;

    /// <summary>The personal blocks in the order their markers were written.</summary>
    public IReadOnlyList<FragmentSlot> Fragments => _fragments;

    /// <summary>The marker of a new slot for this block, or null when the page has too many to share.</summary>
    public string? AddFragment(string name, string key)
    {
        if (_fragments.Count == MaxFragments)
        {
            Shareable = false;
            return null;
        }
        _fragments.Add(new FragmentSlot(name, key));
        return PageTemplate.SlotMarker(TokenMarker, _fragments.Count - 1);
    }
}
