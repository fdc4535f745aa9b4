using Participation.ContentManagement;
using Participation.Ideas.Services;

namespace Participation.Ideas.Handlers;

/// <summary>
/// An idea's path is its public page, so what links to an item by its path (the comments'
/// redirects and "more" links, workflow templates' <c>Content.Url</c>) leads to the idea.
/// </summary>
public sealed class IdeaPathHandler : IContentHandler
{
    public Task UpdatingAsync(ContentItem item)
    {
        if (item.ContentType == ContentTypes.Idea) item.Path = IdeaPaths.Idea(item.ContentItemId).TrimStart('/');
        return Task.CompletedTask;
    }
}
