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
/// Open data: every public consultation once per language set (its Arabic title when it has
/// one), with its contributions and contributors counted by the comments module in one grouped query.
/// </summary>
public sealed class ConsultationsDataset(IDataSession session, ICommentStore comments, IDateDisplay dates) : IOpenDataset
{
    public string Name => "consultations";
    public string TitleAr => "الاستشارات العامة";
    public string TitleEn => "Public consultations";
    public bool RowsAreGroups => false;

    public IReadOnlyList<OpenDataColumn> Columns { get; } =
    [
        new("consultation", OpenDataColumnKind.Text, "معرّف الاستشارة (مجموعة لغاتها)", "The consultation's id (its language set)"),
        new("title", OpenDataColumnKind.Text, "عنوان الاستشارة", "The consultation's title"),
        new("department", OpenDataColumnKind.Text, "مفتاح الإدارة المسؤولة، فارغ إن لم تُحدَّد", "The responsible department's key, empty when none"),
        new("stage", OpenDataColumnKind.Text, "المرحلة: Proposed أو Open أو Closed أو Decided أو Archived", "The stage: Proposed, Open, Closed, Decided or Archived"),
        new("opens", OpenDataColumnKind.Date, "يوم فتح المشاركة بتوقيت الرياض", "The day participation opens, Riyadh time"),
        new("closes", OpenDataColumnKind.Date, "يوم إغلاق المشاركة بتوقيت الرياض", "The day participation closes, Riyadh time"),
        new("contributions", OpenDataColumnKind.PeopleCount, "عدد المساهمات المنشورة بكل لغاتها", "Published contributions, in all its languages"),
        new("participants", OpenDataColumnKind.PeopleCount, "عدد المساهمين المختلفين", "Distinct contributors"),
    ];

    public async IAsyncEnumerable<object?[]> RowsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var rows = await session.Set<ConsultationIndex>().AsNoTracking()
            .Where(x => ConsultationLifecycle.PublicStages.Contains(x.Stage))
            .OrderBy(x => x.LocalizationSet).ThenBy(x => x.Culture).ToListAsync(cancellationToken);
        var counts = await comments.ContributionCountsAsync([.. rows.Select(r => r.ContentItemId)], cancellationToken: cancellationToken);
        foreach (var set in rows.GroupBy(r => r.LocalizationSet))
        {
            var shown = set.FirstOrDefault(r => r.Culture == "ar") ?? set.First();
            var taking = set.Select(r => counts.GetValueOrDefault(r.ContentItemId)).Where(c => c is not null).ToList();
            yield return
            [
                set.Key, shown.DisplayText, shown.Department, shown.Stage, Day(shown.OpensUtc), Day(shown.ClosesUtc),
                taking.Sum(c => c!.Contributions), taking.Sum(c => c!.Participants),
            ];
        }
    }

    private string? Day(DateTime? utc) => utc is { } at ? dates.ToLocal(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
}
