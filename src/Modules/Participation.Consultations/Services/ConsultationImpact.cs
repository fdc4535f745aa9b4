using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Comments;
using Participation.ContentManagement;
using Participation.Consultations.Models;
using Participation.Data;
using Participation.Transparency;

namespace Participation.Consultations.Services;

/// <summary>
/// The consultations' figures of a period for the dashboard and the impact report: contributions
/// written in it, consultations whose participation closed in it and how many of those are
/// decided, and the decisions' "what changed". A consultation in two languages counts once.
/// </summary>
public sealed class ConsultationImpact(IDataSession session, ICommentStore comments, IStringLocalizer<ConsultationImpact> T) : IImpactFigures
{
    public string Tool => "consultations";
    public int Position => 1;

    public async Task<ImpactSection> ComputeAsync(ImpactQuery query)
    {
        var index = session.Set<ConsultationIndex>().AsNoTracking();
        if (query.DepartmentKey is { } department) index = index.Where(x => x.Department == department);
        var ids = await index.Select(x => x.ContentItemId).ToListAsync();
        var written = (await comments.ContributionCountsAsync(ids, query.FromUtc, query.ToUtc)).Values.Sum(c => c.Contributions);
        var closed = index.Where(x => x.ClosesUtc >= query.FromUtc && x.ClosesUtc < query.ToUtc);
        var closedSets = await closed.Select(x => x.LocalizationSet).Distinct().CountAsync();
        var decided = closed.Where(x => x.Stage == ConsultationLifecycle.Decided || x.Stage == ConsultationLifecycle.Archived);
        var decidedRows = await decided.ToListAsync();
        var shownIds = decidedRows.GroupBy(r => r.LocalizationSet).Select(g => (g.FirstOrDefault(r => r.Culture == query.Language) ?? g.First()).ContentItemId).ToList();
        var changes = (await session.Set<ContentItem>().AsNoTracking().Where(c => c.Published && shownIds.Contains(c.ContentItemId)).ToListAsync())
            .Select(c => (c.DisplayText, Part: c.As<ConsultationPart>()))
            .Select(c => $"{c.DisplayText}: {(c.Part.WhatChanged.Length > 0 ? c.Part.WhatChanged : c.Part.Decision)}")
            .Order(StringComparer.Ordinal).ToList();
        return new ImpactSection(Tool, T["Consultations"],
        [
            new("consultations.contributions", T["Contributions"], written, FigureKind.Count),
            new("consultations.closed", T["Consultations closed"], closedSets, FigureKind.Count),
            new("consultations.decided", T["Of which decided"], shownIds.Count, FigureKind.Count),
        ], changes);
    }
}
