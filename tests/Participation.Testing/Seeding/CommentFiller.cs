namespace Participation.Testing.Seeding;

/// <summary>
/// Comments (the Comments module's table): the big consultation's share first, the rest spread
/// over every consultation; authors are the site's real accounts in turn; one in
/// <see cref="SeedPlan.PendingEvery"/> waits for a moderator.
/// </summary>
public sealed class CommentFiller : ITableFiller
{
    private static readonly string[] Columns = ["ContentItemId", "AuthorId", "AuthorName", "Text", "Status", "Flags", "IsOfficial", "ReportCount", "Stance", "Tags", "CreatedUtc"];
    private static readonly string[] Sentences =
    [
        "أقترح زيادة الأشجار على جانبي الممر لأن الحر شديد في الصيف.",
        "الفكرة جيدة لكن يجب التفكير في الصيانة الدورية قبل البدء.",
        "أتمنى أن تبدأ الخطة في الأحياء القريبة من المدارس.",
        "المظلات أسرع في التنفيذ، والأشجار أفضل على المدى الطويل.",
        "لا أوافق على إغلاق الشارع أثناء التنفيذ في أوقات الدوام.",
    ];

    public string Name => "comments (Comments, CommentCounts, CommentContributors)";

    public async Task<long> FillAsync(SeedContext context)
    {
        if (context.ConsultationIds.Count == 0) throw new InvalidOperationException("Comments need the consultation filler first.");
        var plan = context.Plan;
        var authors = context.UserIds.Count > 0 ? context.UserIds : [null!];
        var names = await context.ReadAsync("SELECT \"Id\", \"DisplayName\" FROM \"AspNetUsers\"", r => (Id: r.GetString(0), Name: r.IsDBNull(1) ? "" : r.GetString(1)));
        var nameOf = names.ToDictionary(n => n.Id, n => n.Name);
        var rows = await context.InsertAsync("Comments", Columns, plan.Comments, (i, v) =>
        {
            var author = authors[(int)(i % authors.Count)];
            v[0] = i < plan.CommentsOnBigConsultation ? context.BigConsultationId : context.ConsultationIds[(int)(i % context.ConsultationIds.Count)];
            v[1] = author;
            v[2] = author is not null && nameOf.TryGetValue(author, out var name) && name.Length > 0 ? name : "مشارك";
            v[3] = $"{Sentences[i % Sentences.Length]} ({i + 1})";
            v[4] = (i % plan.PendingEvery == plan.PendingEvery - 1 ? Participation.Comments.CommentStatus.Pending : Participation.Comments.CommentStatus.Published).ToString();
            v[5] = "";
            v[6] = false;
            v[7] = 0;
            v[8] = Participation.Comments.CommentLimits.Stances[i % Participation.Comments.CommentLimits.Stances.Length];
            v[9] = "";
            v[10] = context.NowUtc.AddSeconds(-(plan.Comments - i));
        });
        // The counts the module keeps with each comment it writes, recounted for the rows written behind its back.
        foreach (var statement in Participation.Comments.Services.CommentCountsBackfill.Statements(context.Postgres)) await context.ExecuteAsync(statement);
        return rows;
    }
}
