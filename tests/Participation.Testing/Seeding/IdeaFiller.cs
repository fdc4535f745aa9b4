using System.Globalization;
using Participation.ContentManagement;
using Participation.Ideas.Domain;
using Participation.Ideas.Models;
using Participation.Ideas.Services;

namespace Participation.Testing.Seeding;

/// <summary>
/// Ideas (the Ideas module's tables): copies of the sample's first idea in its topic, published,
/// each with its index row and status history as a review would leave them, and supports from
/// synthetic people, most on the first ideas (so "most supported" and "trending" orders differ
/// from "newest"), with the counters (the row's supports and heat, the supports of the day) equal
/// to the support rows. The search index is rebuilt when the site starts (it finds it short).
/// </summary>
public sealed class IdeaFiller : ITableFiller
{
    public string Name => "ideas (ContentItems, IdeaIndex, IdeaStatusChanges, IdeaSupports, IdeaSupportCounts)";

    public async Task<long> FillAsync(SeedContext context)
    {
        var plan = context.Plan;
        if (plan.Ideas == 0) return 0;
        var template = await ContentCopies.TemplateAsync(context, Participation.Ideas.ContentTypes.Idea, stage: null);
        var part = template.As<IdeaPart>();
        var ideas = await ContentCopies.InsertAsync(context, template, plan.Ideas, i => $"فكرة رقم {i + 1}: {template.DisplayText}", (_, _) => { });

        // Who supports what, decided first: the rows' counters must equal the support rows.
        var supported = new int[plan.IdeaSupports];
        var supports = new long[ideas.Count];
        for (var s = 0; s < supported.Length; s++) supports[supported[s] = (int)(ideas.Count * Math.Pow(context.Random.NextDouble(), 3))]++;
        DateTime PublishedAt(long i) => context.NowUtc.AddMinutes(-i);
        DateTime SupportedAt(long s) => context.NowUtc.AddSeconds(-s % 86_400);
        var heat = ideas.Select((_, i) => TrendingScore.Start(PublishedAt(i))).ToArray();
        for (var s = 0; s < supported.Length; s++) heat[supported[s]] = TrendingScore.Add(heat[supported[s]], SupportedAt(s));

        var rows = await context.InsertAsync("IdeaIndex", ["ContentItemId", "TopicId", "Status", "Category", "AuthorId", "Title", "Supports", "Heat", "Shuffle", "CreatedUtc", "PublishedUtc"], ideas.Count, (i, v) =>
        {
            v[0] = ideas[(int)i]; v[1] = part.TopicId; v[2] = IdeaStatus.Published; v[3] = part.Category; v[4] = context.UserIds[(int)(i % context.UserIds.Count)];
            v[5] = $"فكرة رقم {i + 1}: {template.DisplayText}"; v[6] = supports[i]; v[7] = heat[i]; v[8] = context.Random.Next(IdeaList.ShuffleRange); v[9] = PublishedAt(i); v[10] = PublishedAt(i);
        });
        rows += await context.InsertAsync("IdeaStatusChanges", ["IdeaId", "Status", "CreatedUtc"], ideas.Count, (i, v) =>
        {
            v[0] = ideas[(int)i]; v[1] = IdeaStatus.Published; v[2] = PublishedAt(i);
        });
        var run = context.NowUtc.Ticks.ToString("x", CultureInfo.InvariantCulture)[^6..];
        rows += await context.InsertAsync("IdeaSupports", ["IdeaId", "TopicId", "UserId", "CreatedUtc"], supported.Length, (s, v) =>
        {
            v[0] = ideas[supported[s]]; v[1] = part.TopicId; v[2] = $"seed-supporter-{run}-{s}"; v[3] = SupportedAt(s);
        });
        // The supports by Riyadh day, as the support path counts them (the seeded ones all within the last day).
        var byDay = supported.Select((idea, s) => (Idea: ideas[idea], Day: SupportedAt(s).AddHours(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .GroupBy(x => x).Select(g => (g.Key.Idea, g.Key.Day, Count: (long)g.Count())).ToList();
        rows += await context.InsertAsync("IdeaSupportCounts", ["IdeaId", "Day", "Count"], byDay.Count, (i, v) =>
        {
            var (idea, day, count) = byDay[(int)i];
            v[0] = idea; v[1] = day; v[2] = count;
        });
        return rows + ideas.Count;
    }
}
