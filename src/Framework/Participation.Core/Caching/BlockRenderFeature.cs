namespace Participation.Caching;

/// <summary>
/// Set on a request while a personal block is rendered to be kept (<see cref="RenderedBlocks"/>):
/// the antiforgery writes <see cref="TokenMarker"/> where a form's token goes and hands out no
/// token or cookie, which each request then fills in with its reader's own. A block that hands its
/// token some other way clears <see cref="Keepable"/>: it is rendered per request.
/// </summary>
internal sealed class BlockRenderFeature(string tokenMarker)
{
    public string TokenMarker { get; } = tokenMarker;

    public bool Keepable { get; set; } = true;
}
