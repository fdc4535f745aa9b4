using Participation.ContentManagement;
using Participation.Ideas.Services;

namespace Participation.Ideas.Handlers;

/// <summary>An idea published without the review (a recipe, an import) gets its index row and search entry.</summary>
public sealed class IdeaIndexHandler(IdeaIndexer indexer) : IContentHandler
{
    public Task PublishedAsync(ContentItem item) => item.ContentType == ContentTypes.Idea ? indexer.AddMissingAsync(item) : Task.CompletedTask;
}
