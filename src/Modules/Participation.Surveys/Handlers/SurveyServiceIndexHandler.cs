using Microsoft.EntityFrameworkCore;
using Participation.ContentManagement;
using Participation.Data;
using Participation.Surveys.Models;

namespace Participation.Surveys.Handlers;

/// <summary>Keeps <see cref="SurveyServiceIndex"/> on the services of each survey's latest version (the one the trend reads).</summary>
public sealed class SurveyServiceIndexHandler(IDataSession session) : IContentHandler
{
    public Task CreatedAsync(ContentItem item) => IndexAsync(item);
    public Task UpdatedAsync(ContentItem item) => IndexAsync(item);
    // Publishing an older version makes it the latest again.
    public Task PublishedAsync(ContentItem item) => IndexAsync(item);

    public async Task RemovedAsync(ContentItem item)
    {
        if (item.ContentType == ContentTypes.Survey) await Rows(item.ContentItemId).ExecuteDeleteAsync();
    }

    private IQueryable<SurveyServiceIndex> Rows(string surveyId) => session.Set<SurveyServiceIndex>().Where(x => x.SurveyId == surveyId);

    private async Task IndexAsync(ContentItem item)
    {
        if (item.ContentType != ContentTypes.Survey) return;
        var keys = item.As<SurveyPart>().Services.Distinct(StringComparer.Ordinal).ToList();
        var indexed = await Rows(item.ContentItemId).Select(x => x.ServiceKey).ToListAsync();
        if (indexed.Order(StringComparer.Ordinal).SequenceEqual(keys.Order(StringComparer.Ordinal))) return;
        await Rows(item.ContentItemId).Where(x => !keys.Contains(x.ServiceKey)).ExecuteDeleteAsync();
        session.Set<SurveyServiceIndex>().AddRange(keys.Except(indexed).Select(k => new SurveyServiceIndex { ServiceKey = k, SurveyId = item.ContentItemId }));
        await session.SaveChangesAsync();
    }
}
