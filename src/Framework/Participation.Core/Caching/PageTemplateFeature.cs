using System.Security.Cryptography;

namespace Participation.Caching;

/// <summary>
/// Set on a request while its page is rendered as a template for signed-in people
/// (<see cref="SharedPageTemplates"/>): the antiforgery writes <see cref="TokenMarker"/> where a
/// form's token goes, and a view showing something personal clears <see cref="Shareable"/>.
/// </summary>
internal sealed class PageTemplateFeature
{
    /// <summary>
    /// Letters only, random per template: no text on the page (an editor's, a citizen's) can
    /// know it, so none can be taken for a marker. It never reaches a reader: every occurrence is filled.
    /// </summary>
    public string TokenMarker { get; } = "tokenmarker" + RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz", 26);

    public bool Shareable { get; set; } = true;
}
