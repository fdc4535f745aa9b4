using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Participation.Comments;
using Participation.Consultations.Models;
using Participation.Data;
using Participation.Localization;
using Participation.Transparency;

namespace Participation.Consultations.Services;

/// <summary>
/// Open data: each public consultation's contributions counted by position, by audience and by
/// Riyadh day — one grouped query of the comments module per consultation, never a comment row.
/// </summary>
public sealed class ContributionsDataset(IDataSession session, ICommentStore comments, IDateDisplay dates) : IOpenDataset
{
    public string Name => "contributions";
    public string TitleAr => "المساهمات في الاستشارات حسب الموقف والفئة واليوم";
    public string TitleEn => "Contributions to consultations by position, audience and day";
    public bool RowsAreGroups => true;

    public IReadOnlyList<OpenDataColumn> Columns { get; } =
    [
        new("consultation", OpenDataColumnKind.Text, "معرّف الاستشارة، كما في ملف consultations", "The consultation's id, as in consultations"),
        new("content_item", OpenDataColumnKind.Text, "معرّف نسخة اللغة التي كُتبت فيها المساهمات", "The language version the contributions were written on"),
        new("breakdown", OpenDataColumnKind.Text, "نوع التجميع: position أو audience أو day", "What the row groups by: position, audience or day"),
        new("value", OpenDataColumnKind.Text, "الموقف أو الفئة (none: لم تُذكر) أو اليوم بتوقيت الرياض", "The position or audience (none: not given), or the Riyadh day"),
        new("contributions", OpenDataColumnKind.PeopleCount, "عدد المساهمات المنشورة", "Published contributions"),
    ];

    public async IAsyncEnumerable<object?[]> RowsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var items = await session.Set<ConsultationIndex>().AsNoTracking()
            .Where(x => ConsultationLifecycle.PublicStages.Contains(x.Stage))
            .OrderBy(x => x.LocalizationSet).ThenBy(x => x.ContentItemId)
            .Select(x => new { x.LocalizationSet, x.ContentItemId }).ToListAsync(cancellationToken);
        foreach (var item in items)
        {
            var figures = await comments.FiguresAsync(item.ContentItemId, [], cancellationToken);
            foreach (var (key, count) in figures.ByStance.OrderBy(x => x.Key, StringComparer.Ordinal))
                yield return [item.LocalizationSet, item.ContentItemId, "position", key ?? "none", count];
            foreach (var (key, count) in figures.ByAudience.OrderBy(x => x.Key, StringComparer.Ordinal))
                yield return [item.LocalizationSet, item.ContentItemId, "audience", key ?? "none", count];
            foreach (var day in figures.ByHour.GroupBy(x => dates.ToLocal(x.HourUtc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).OrderBy(g => g.Key, StringComparer.Ordinal))
                yield return [item.LocalizationSet, item.ContentItemId, "day", day.Key, day.Sum(x => x.Count)];
        }
    }
}
