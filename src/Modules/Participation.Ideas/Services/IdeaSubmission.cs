using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Participation.Caching;
using Participation.ContentManagement;
using Participation.ContentManagement.Models;
using Participation.Data;
using Participation.Ideas.Domain;
using Participation.Ideas.Models;
using Participation.Moderation;

namespace Participation.Ideas.Services;

/// <summary>What a citizen typed into the idea form.</summary>
public sealed record IdeaDraft(string? Title, string? Description, string? Category);

/// <summary>The idea written, or the problems with the fields they belong to (nothing was saved).</summary>
public sealed record SubmissionResult(string? IdeaId, IReadOnlyList<(string Field, IdeaProblem Problem)> Problems)
{
    public bool Succeeded => IdeaId is not null;
}

/// <summary>
/// A citizen's ideas: submitted, changed and withdrawn by their author. Every idea and every
/// change waits for a moderator (pre-moderation), screened first by moderation's rules so the
/// moderator sees what they found. Each action is one transaction with its timeline step and
/// workflow event.
/// </summary>
public sealed class IdeaSubmission(IDataSession session, IContentManager contentManager, IContentScreener screener, IdeaEvents events, IdeaSearch search, IdeaTimelines timelines, IPageCache pages, IdeaAttachments attachments, TimeProvider clock)
{
    /// <param name="files">Files to attach (<see cref="IdeaAttachments"/>); refused on the field <c>Files</c>.</param>
    public async Task<SubmissionResult> SubmitAsync(ContentItem topicItem, string userId, string authorName, IdeaDraft draft, bool identityVerified, IReadOnlyList<IFormFile>? files = null)
    {
        var topic = topicItem.As<IdeaTopicPart>();
        var now = clock.GetUtcNow().UtcDateTime;
        if (SubmissionRules.CanSubmit(topic, topicItem.Stage ?? "", now, identityVerified) is { } closed) return new(null, [("", closed)]);
        if (SubmissionRules.Check(topic, draft.Title, draft.Description, draft.Category) is { Count: > 0 } problems) return new(null, problems);
        if (await attachments.CheckAsync(files ?? []) is { } refused) return new(null, [(FilesField, refused)]);

        var idea = contentManager.New(ContentTypes.Idea);
        idea.Owner = userId;
        Fill(idea, topicItem.ContentItemId, authorName, draft);
        await AttachAsync(idea, files);
        var flags = await ScreenAsync(idea, userId, draft);
        await using var transaction = await session.Database.BeginTransactionAsync();
        var created = await contentManager.CreateAsync(idea, publish: false);
        if (!created.Succeeded) return new(null, [.. created.Errors.Select(e => (e.Member, new IdeaProblem(e.Message)))]);
        session.Set<IdeaIndex>().Add(new IdeaIndex
        {
            ContentItemId = idea.ContentItemId, TopicId = topicItem.ContentItemId, Status = IdeaStatus.Pending, AuthorId = userId,
            Title = draft.Title!.Trim(), Category = draft.Category?.Trim() ?? "", CreatedUtc = now, ScreeningFlags = flags,
            Shuffle = Random.Shared.Next(IdeaList.ShuffleRange), Heat = TrendingScore.Start(now),
        });
        session.Set<IdeaStatusChange>().Add(new IdeaStatusChange { IdeaId = idea.ContentItemId, Status = IdeaStatus.Pending, CreatedUtc = now });
        await session.SaveChangesAsync();
        timelines.Forget(idea.ContentItemId);
        await events.SubmittedAsync(idea.ContentItemId, topicItem.ContentItemId, draft.Title.Trim());
        await transaction.CommitAsync();
        return new(idea.ContentItemId, []);
    }

    /// <summary>The author's change, until the first support; it waits for review again.</summary>
    /// <param name="files">More files to attach, beside those the idea has (locked with the text at the first support).</param>
    public async Task<SubmissionResult> EditAsync(ContentItem idea, IdeaIndex row, ContentItem topicItem, IdeaDraft draft, IReadOnlyList<IFormFile>? files = null)
    {
        if (SubmissionRules.CanEdit(row.Status, row.Supports) is { } locked) return new(null, [("", locked)]);
        if (SubmissionRules.Check(topicItem.As<IdeaTopicPart>(), draft.Title, draft.Description, draft.Category) is { Count: > 0 } problems) return new(null, problems);
        if (await attachments.CheckAsync(files ?? [], idea.As<IdeaPart>().Attachments.Count) is { } refused) return new(null, [(FilesField, refused)]);
        var wasPublished = row.Status == IdeaStatus.Published;
        Fill(idea, row.TopicId, idea.As<IdeaPart>().AuthorName, draft);
        await AttachAsync(idea, files);
        var flags = await ScreenAsync(idea, row.AuthorId, draft);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await session.Database.BeginTransactionAsync();
        // Checked again in the transaction: a support may have come since the form was shown.
        if (await session.Set<IdeaIndex>().AnyAsync(x => x.ContentItemId == row.ContentItemId && x.Supports > 0))
            return new(null, [("", SubmissionRules.CanEdit(row.Status, 1)!)]);
        var updated = await contentManager.UpdateAsync(idea);
        if (!updated.Succeeded) return new(null, [.. updated.Errors.Select(e => (e.Member, new IdeaProblem(e.Message)))]);
        if (wasPublished) await contentManager.UnpublishAsync(idea);
        var tracked = await session.Set<IdeaIndex>().FirstAsync(x => x.ContentItemId == row.ContentItemId);
        tracked.Title = draft.Title!.Trim();
        tracked.Category = draft.Category?.Trim() ?? "";
        tracked.Status = IdeaStatus.Pending;
        tracked.ScreeningFlags = flags;
        if (wasPublished) session.Set<IdeaStatusChange>().Add(new IdeaStatusChange { IdeaId = row.ContentItemId, Status = IdeaStatus.Pending, CreatedUtc = now });
        await session.SaveChangesAsync();
        if (wasPublished) timelines.Forget(row.ContentItemId);
        await transaction.CommitAsync();
        if (wasPublished) await search.RemoveAsync(row.ContentItemId);
        return new(row.ContentItemId, []);
    }

    /// <summary>The author takes the idea back: it leaves the list; its page says it was withdrawn.</summary>
    public async Task<IdeaProblem?> WithdrawAsync(IdeaIndex row)
    {
        if (SubmissionRules.CanWithdraw(row.Status) is { } problem) return problem;
        await using var transaction = await session.Database.BeginTransactionAsync();
        var tracked = await session.Set<IdeaIndex>().FirstAsync(x => x.ContentItemId == row.ContentItemId);
        var from = tracked.Status;
        tracked.Status = IdeaStatus.Withdrawn;
        session.Set<IdeaStatusChange>().Add(new IdeaStatusChange { IdeaId = row.ContentItemId, Status = IdeaStatus.Withdrawn, CreatedUtc = clock.GetUtcNow().UtcDateTime });
        await session.SaveChangesAsync();
        timelines.Forget(row.ContentItemId);
        await events.StatusChangedAsync(row.ContentItemId, row.TopicId, row.Title, from, IdeaStatus.Withdrawn);
        await transaction.CommitAsync();
        await search.RemoveAsync(row.ContentItemId);
        await pages.EvictAsync(CacheTags.ContentItem(row.ContentItemId), CacheTags.ContentItem(row.TopicId));
        return null;
    }

    /// <summary>The form field whose problems are the files'.</summary>
    public const string FilesField = "Files";

    private async Task AttachAsync(ContentItem idea, IReadOnlyList<IFormFile>? files)
    {
        var saved = new List<IdeaAttachment>();
        foreach (var file in files ?? []) saved.Add(await attachments.SaveAsync(idea.ContentItemId, file));
        if (saved.Count > 0) idea.Alter<IdeaPart>(p => p.Attachments = [.. p.Attachments, .. saved]);
    }

    private static void Fill(ContentItem idea, string topicId, string authorName, IdeaDraft draft)
    {
        idea.Alter<TitlePart>(t => t.Title = draft.Title!.Trim());
        idea.Alter<IdeaPart>(p =>
        {
            p.Description = draft.Description!.Trim();
            p.TopicId = topicId;
            p.Category = draft.Category?.Trim() ?? "";
            p.AuthorName = authorName;
        });
    }

    /// <summary>Moderation's screening over the title and text, against the author's ideas of the last week; what it found, for the moderator.</summary>
    private async Task<string?> ScreenAsync(ContentItem idea, string? authorId, IdeaDraft draft)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-7);
        var recentIds = authorId is null ? [] : await session.Set<IdeaIndex>().AsNoTracking()
            .Where(x => x.AuthorId == authorId && x.CreatedUtc >= since && x.ContentItemId != idea.ContentItemId)
            .OrderByDescending(x => x.CreatedUtc).Take(20).Select(x => x.ContentItemId).ToListAsync();
        var recent = recentIds.Count == 0 ? [] : (await contentManager.Query(VersionOptions.Latest).AsNoTracking().Where(x => recentIds.Contains(x.ContentItemId)).ToListAsync())
            .Select(x => new RecentContribution(Text(x.DisplayText, x.As<IdeaPart>().Description), x.CreatedUtc)).ToList();
        var result = await screener.ScreenAsync(Text(draft.Title!.Trim(), draft.Description!.Trim()), authorId, idea.ContentItemId, recent);
        if (result.IsClean) return null;
        var text = string.Join("; ", result.Flags.Select(f => $"{f.Rule}: {f.Detail}"));
        return text.Length > 2000 ? text[..2000] : text;
    }

    private static string Text(string title, string description) => title + "\n\n" + description;
}
