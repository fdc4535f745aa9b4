using Microsoft.AspNetCore.Http;

namespace Participation.Caching;

/// <summary>
/// A block of a public page that is the reader's own (their ballot or its results, whether they
/// follow or support an item, the comment form's policy checkbox), registered by the module that
/// knows it and placed in a view with <c>&lt;personal-fragment name="…" key="…" /&gt;</c>. A page
/// shared by signed-in people (<see cref="SharedTemplateAttribute"/>) keeps a slot in its place,
/// and each request builds the block for its person alone: a cheap read (an indexed query, a data
/// cache hit) and one partial view, never the page. The same block is rendered in place on every
/// other page (a visitor's, which is cached for visitors; a page rendered for one person), so the
/// page reads the same whichever way it was served. The rendered HTML is kept by view, language and
/// model (its JSON) and served to every reader handed the same model, with their own antiforgery
/// token in its forms: a block's view shows its model alone, in the page's language, and reads
/// nothing else (not the person, the request, nor a service), and the model holds only what it shows
/// (no clock, no id of the reader), so that readers in one state share one rendering.
/// </summary>
public interface IPersonalFragment
{
    /// <summary>The name views place it by.</summary>
    string Name { get; }

    /// <summary>
    /// The block with <paramref name="key"/> (what the view gave: an item's id, with what else it
    /// needs) for the person of <paramref name="http"/>, or a visitor; null to show nothing. The
    /// key comes from the page's own view, never from the request.
    /// </summary>
    Task<PersonalFragmentView?> BuildAsync(string key, HttpContext http);

    /// <summary>
    /// The blocks of every slot of this name on one page, in the order of <paramref name="keys"/>,
    /// as a page template is filled: a page listing many items (a topic's ideas, the polls archive)
    /// places one block per item, and a module overrides this to read the person's state of them
    /// all at once (one query for the page, not one per item). By default each key is built alone.
    /// A block rendered in place (not in a template) is still built by <see cref="BuildAsync"/>.
    /// </summary>
    async Task<IReadOnlyList<PersonalFragmentView?>> BuildAllAsync(IReadOnlyList<string> keys, HttpContext http)
    {
        var views = new PersonalFragmentView?[keys.Count];
        for (var i = 0; i < keys.Count; i++) views[i] = await BuildAsync(keys[i], http);
        return views;
    }
}
