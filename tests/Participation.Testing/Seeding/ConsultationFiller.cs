using Participation.Consultations;
using Participation.Consultations.Models;

namespace Participation.Testing.Seeding;

/// <summary>
/// Consultations: copies of the site's first open consultation, one in five closed, their
/// departments in turn. The template itself becomes the big consultation.
/// </summary>
public sealed class ConsultationFiller : ITableFiller
{
    /// <summary>Title words, so an Arabic search matches a known share of the list (ممرات: one in ten).</summary>
    public static readonly string[] Topics = ["ممرات المشاة", "الحدائق العامة", "المكتبات", "النقل العام", "المدارس", "المياه", "الإنارة", "الأرصفة", "مواقف السيارات", "الأسواق الشعبية"];

    public string Name => "consultations (ContentItems)";

    public async Task<long> FillAsync(SeedContext context)
    {
        var template = await ContentCopies.TemplateAsync(context, Participation.Consultations.ContentTypes.Consultation, ConsultationLifecycle.Open);
        context.BigConsultationId = template.ContentItemId;
        context.ConsultationIds.AddRange(await context.ReadAsync("SELECT DISTINCT \"ContentItemId\" FROM \"ContentItems\" WHERE \"ContentType\" = @p0 AND \"Published\" = @p1", r => r.GetString(0), Participation.Consultations.ContentTypes.Consultation, true));
        var departments = await context.ReadAsync("SELECT \"Key\" FROM \"Departments\" ORDER BY \"Key\"", r => r.GetString(0));
        if (departments.Count == 0) departments.Add("");
        var ids = await ContentCopies.InsertAsync(context, template, context.Plan.Consultations, i => $"{Topics[i % Topics.Length]} في الحي رقم {i + 1}", (i, item) =>
        {
            item.Stage = i % 5 == 4 ? ConsultationLifecycle.Closed : ConsultationLifecycle.Open;
            item.Alter<ConsultationPart>(p =>
            {
                p.Department = departments[(int)(i % departments.Count)];
                p.ClosesUtc = item.Stage == ConsultationLifecycle.Closed ? context.NowUtc.AddDays(-1 - i % 30) : context.NowUtc.AddDays(1 + i % 60);
            });
        });
        context.ConsultationIds.AddRange(ids);
        return ids.Count;
    }
}
