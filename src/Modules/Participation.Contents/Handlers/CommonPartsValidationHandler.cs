using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.ContentManagement;
using Participation.ContentManagement.Models;
using Participation.Contents.Services;
using Participation.Data;

namespace Participation.Contents.Handlers;

/// <summary>
/// A title is required; a path an editor types (<see cref="AutoroutePart"/>) is well formed, not
/// reserved, and unique per language. A module that routes its own items (ideas) sets their path
/// under its reserved prefix itself, unique by their id.
/// </summary>
public sealed class CommonPartsValidationHandler(IDataSession session, IStringLocalizer<CommonPartsValidationHandler> T) : IContentHandler
{
    /// <summary>First segments that belong to the site's own routes.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "admin", "account", "setup", "health", "culture", "error", "_content", "css", "js", "fonts", "lib",
        "consultations", "ideas", "polls", "surveys", "requests", "comments",
    };

    public async Task ValidatingAsync(ContentItem item, ContentValidationResult result)
    {
        if (item.Has<TitlePart>())
        {
            var title = item.As<TitlePart>().Title;
            if (string.IsNullOrWhiteSpace(title)) result.Fail("TitlePart.Title", T["Enter a title."]);
            else if (title.Length > 300) result.Fail("TitlePart.Title", T["The title is at most 300 characters."]);
        }
        if (item.Has<AutoroutePart>() && item.Path is { } path)
        {
            if (!Slug.IsValidPath(path)) result.Fail("AutoroutePart.Path", T["A path uses letters, digits, '-' and '_', in segments separated by '/'."]);
            else if (Reserved.Contains(path.Split('/')[0])) result.Fail("AutoroutePart.Path", T["The path '{0}' belongs to the site. Choose another.", path]);
            else
            {
                // Read the store directly: the content manager calls this handler.
                var taken = await session.Set<ContentItem>()
                    .AnyAsync(x => x.Latest && x.Path == path && x.Culture == item.Culture && x.ContentItemId != item.ContentItemId);
                if (taken) result.Fail("AutoroutePart.Path", T["Another item already uses the path '{0}' in this language.", path]);
            }
        }
    }
}
