using Participation.ContentManagement.Models;

namespace Participation.ContentManagement;

/// <summary>Items that exist in several languages, shown once each: in the visitor's language when there is a version in it.</summary>
public static class ContentItemCultures
{
    public static IEnumerable<ContentItem> OnePerLanguageSet(IEnumerable<ContentItem> items, string culture)
        => items.GroupBy(x => x.As<LocalizationPart>().LocalizationSet is { Length: > 0 } set ? set : x.ContentItemId)
            .Select(g => g.FirstOrDefault(x => x.Culture == culture) ?? g.First());
}
