using Participation.Polls;
using Participation.Polls.Models;

namespace Participation.Testing.Seeding;

/// <summary>Polls: copies of the site's first open poll, one in two archived (the archive page shows their final results).</summary>
public sealed class PollFiller : ITableFiller
{
    public string Name => "polls (ContentItems)";

    public async Task<long> FillAsync(SeedContext context)
    {
        var template = await ContentCopies.TemplateAsync(context, Participation.Polls.ContentTypes.Poll, PollLifecycle.Open);
        var ids = await ContentCopies.InsertAsync(context, template, context.Plan.Polls, i => $"استطلاع رقم {i + 1}: {template.DisplayText}", (i, item) =>
        {
            if (i % 2 == 1)
            {
                item.Stage = PollLifecycle.Archived;
                item.Alter<PollPart>(p => p.EndsUtc = context.NowUtc.AddDays(-1));
            }
        });
        return ids.Count;
    }
}
