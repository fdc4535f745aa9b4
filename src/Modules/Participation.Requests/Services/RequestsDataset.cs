using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Requests.Models;
using Participation.Transparency;

namespace Participation.Requests.Services;

/// <summary>
/// Open data: suggestions, complaints and messages counted by the database per month sent,
/// department, category, kind and status — never a request's text, sender or reference.
/// Merged duplicates count once, in the request they joined.
/// </summary>
public sealed class RequestsDataset(IDataSession session) : IOpenDataset
{
    public string Name => "requests";
    public string TitleAr => "الاقتراحات والشكاوى والرسائل حسب الشهر والإدارة والتصنيف والحالة";
    public string TitleEn => "Suggestions, complaints and messages by month, department, category and status";
    public bool RowsAreGroups => true;

    public IReadOnlyList<OpenDataColumn> Columns { get; } =
    [
        new("month", OpenDataColumnKind.Date, "شهر الإرسال (التوقيت العالمي)، yyyy-MM", "The month sent (UTC), yyyy-MM"),
        new("department", OpenDataColumnKind.Text, "مفتاح الإدارة المعالِجة، فارغ قبل التوجيه", "The handling department's key, empty before routing"),
        new("category", OpenDataColumnKind.Text, "مفتاح التصنيف، فارغ إن لم يُحدَّد", "The category's key, empty when none"),
        new("kind", OpenDataColumnKind.Text, "النوع: Suggestion أو Complaint أو Contact", "The kind: Suggestion, Complaint or Contact"),
        new("status", OpenDataColumnKind.Text, "الحالة الآن: Received أو Routed أو InProgress أو WaitingForParticipant أو Answered أو Closed", "The status now: Received, Routed, InProgress, WaitingForParticipant, Answered or Closed"),
        new("requests", OpenDataColumnKind.PeopleCount, "عدد الطلبات", "Requests"),
    ];

    public async IAsyncEnumerable<object?[]> RowsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var groups = session.Set<ServiceRequest>().AsNoTracking()
            .Where(r => r.MergedIntoId == null)
            .GroupBy(r => new { r.SubmittedUtc.Year, r.SubmittedUtc.Month, r.DepartmentKey, r.Category, r.Kind, r.Status })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.DepartmentKey, g.Key.Category, g.Key.Kind, g.Key.Status, Count = g.Count() })
            .OrderBy(g => g.Year).ThenBy(g => g.Month).ThenBy(g => g.DepartmentKey).ThenBy(g => g.Category).ThenBy(g => g.Kind).ThenBy(g => g.Status)
            .AsAsyncEnumerable();
        await foreach (var g in groups.WithCancellation(cancellationToken))
            yield return [string.Create(CultureInfo.InvariantCulture, $"{g.Year:0000}-{g.Month:00}"), g.DepartmentKey ?? "", g.Category ?? "", g.Kind.ToString(), g.Status.ToString(), g.Count];
    }
}
