using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Ideas.Models;
using Participation.Localization;
using Participation.Transparency;

namespace Participation.Ideas.Services;

/// <summary>
/// Open data: every idea the public sees, with its supports (counted in its index row) and its
/// status, streamed from the index table — never its author.
/// </summary>
public sealed class IdeasDataset(IDataSession session, IDateDisplay dates) : IOpenDataset
{
    public string Name => "ideas";
    public string TitleAr => "الأفكار وتأييدها وحالاتها";
    public string TitleEn => "Ideas, their supports and statuses";
    public bool RowsAreGroups => false;

    public IReadOnlyList<OpenDataColumn> Columns { get; } =
    [
        new("idea", OpenDataColumnKind.Text, "معرّف الفكرة", "The idea's id"),
        new("topic", OpenDataColumnKind.Text, "معرّف موضوع الأفكار", "The ideas topic's id"),
        new("title", OpenDataColumnKind.Text, "عنوان الفكرة كما نُشر", "The idea's title as published"),
        new("category", OpenDataColumnKind.Text, "مفتاح التصنيف، فارغ إن لم يُحدَّد", "The category's key, empty when none"),
        new("status", OpenDataColumnKind.Text, "الحالة: Published أو UnderStudy أو Accepted أو Rejected أو Implemented", "The status: Published, UnderStudy, Accepted, Rejected or Implemented"),
        new("published", OpenDataColumnKind.Date, "يوم النشر بتوقيت الرياض", "The day it was published, Riyadh time"),
        new("supports", OpenDataColumnKind.PeopleCount, "عدد التأييدات", "Supports"),
    ];

    public async IAsyncEnumerable<object?[]> RowsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var ideas = session.Set<IdeaIndex>().AsNoTracking()
            .Where(i => IdeaStatus.Listed.Contains(i.Status))
            .OrderBy(i => i.ContentItemId)
            .Select(i => new { i.ContentItemId, i.TopicId, i.Title, i.Category, i.Status, i.PublishedUtc, i.Supports })
            .AsAsyncEnumerable();
        await foreach (var i in ideas.WithCancellation(cancellationToken))
            yield return [i.ContentItemId, i.TopicId, i.Title, i.Category, i.Status, i.PublishedUtc is { } at ? dates.ToLocal(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null, i.Supports];
    }
}
