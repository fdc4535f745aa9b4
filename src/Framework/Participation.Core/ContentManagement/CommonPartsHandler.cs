using Participation.ContentManagement.Models;

namespace Participation.ContentManagement;

/// <summary>Copies the common parts into the item's columns, where lists and routes query them.</summary>
public sealed class CommonPartsHandler : IContentHandler
{
    public Task UpdatingAsync(ContentItem item)
    {
        if (item.Has<TitlePart>()) item.DisplayText = item.As<TitlePart>().Title.Trim();
        if (item.Has<AutoroutePart>())
        {
            var path = item.As<AutoroutePart>().Path.Trim().Trim('/');
            item.Path = path.Length == 0 ? null : path;
        }
        if (item.Has<LocalizationPart>())
        {
            var localization = item.As<LocalizationPart>();
            item.Culture = string.IsNullOrWhiteSpace(localization.Culture) ? null : localization.Culture;
            if (string.IsNullOrEmpty(localization.LocalizationSet)) item.Alter<LocalizationPart>(p => p.LocalizationSet = item.ContentItemId);
        }
        return Task.CompletedTask;
    }
}
