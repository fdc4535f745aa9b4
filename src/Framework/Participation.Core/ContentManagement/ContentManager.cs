using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Participation.ContentManagement.Metadata;
using Participation.Data;

namespace Participation.ContentManagement;

/// <summary>
/// Saves content items with Orchard's versioning: editing a published item makes a draft
/// version; publishing the draft retires the old published version; unpublishing takes the
/// live version down and leaves drafts alone.
/// </summary>
public sealed class ContentManager(
    ParticipationDbContext db,
    IContentDefinitionManager definitions,
    IEnumerable<IContentHandler> handlers,
    IHttpContextAccessor httpContextAccessor,
    TimeProvider clock) : IContentManager
{
    public ContentItem New(string contentType)
    {
        var definition = definitions.GetType(contentType) ?? throw new ArgumentException($"Unknown content type '{contentType}'.", nameof(contentType));
        var item = new ContentItem { ContentItemId = IdGenerator.NewId(), ContentType = definition.Name, Stage = definition.Lifecycle?.InitialStage };
        foreach (var part in definition.Parts) { var partType = definitions.GetPartType(part)!; item.Apply(partType, Activator.CreateInstance(partType)!); }
        definition.Initialize?.Invoke(item);
        return item;
    }

    public async Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options = VersionOptions.Published)
    {
        switch (options)
        {
            case VersionOptions.Published:
                return await db.ContentItems.FirstOrDefaultAsync(x => x.ContentItemId == contentItemId && x.Published);
            case VersionOptions.Latest:
                return await db.ContentItems.FirstOrDefaultAsync(x => x.ContentItemId == contentItemId && x.Latest);
            default:
                var latest = await db.ContentItems.FirstOrDefaultAsync(x => x.ContentItemId == contentItemId && x.Latest);
                if (latest is null || !latest.Published || definitions.GetType(latest.ContentType) is not { Draftable: true }) return latest;
                // The latest version is live: edit a new draft so the public keeps seeing the published text.
                latest.Latest = false;
                var draft = latest.CloneAsNewVersion(IdGenerator.NewId());
                draft.Latest = true;
                draft.Published = false;
                return draft;
        }
    }

    public async Task<IReadOnlyList<ContentItem>> GetPublishedAsync(IReadOnlyCollection<string> contentItemIds)
        => contentItemIds.Count == 0 ? [] : await db.ContentItems.AsNoTracking().Where(x => contentItemIds.Contains(x.ContentItemId) && x.Published).ToListAsync();

    public Task<ContentItem?> GetVersionAsync(string contentItemVersionId)
        => db.ContentItems.FirstOrDefaultAsync(x => x.ContentItemVersionId == contentItemVersionId);

    public async Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId)
        => await db.ContentItems.Where(x => x.ContentItemId == contentItemId).OrderByDescending(x => x.Number).ToListAsync();

    public async Task<ContentItem?> GetByPathAsync(string path, string? culture)
    {
        var candidates = await db.ContentItems.Where(x => x.Path == path && x.Published).ToListAsync();
        return candidates.FirstOrDefault(x => x.Culture == culture)
            ?? candidates.FirstOrDefault(x => x.Culture == null)
            ?? candidates.OrderBy(x => x.Culture == "ar" ? 0 : 1).FirstOrDefault();
    }

    public IQueryable<ContentItem> Query(VersionOptions options = VersionOptions.Published) => options == VersionOptions.Published
        ? db.ContentItems.Where(x => x.Published)
        : db.ContentItems.Where(x => x.Latest);

    public async Task<ContentValidationResult> ValidateAsync(ContentItem item)
    {
        var result = new ContentValidationResult();
        foreach (var handler in handlers) await handler.UpdatingAsync(item);
        foreach (var handler in handlers) await handler.ValidatingAsync(item, result);
        return result;
    }

    public async Task<ContentValidationResult> CreateAsync(ContentItem item, bool publish)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        item.ContentItemVersionId = IdGenerator.NewId();
        item.Number = 1;
        item.CreatedUtc = now;
        item.ModifiedUtc = now;
        item.Owner ??= CurrentUserId();
        item.Author = CurrentUserName() ?? item.Author;
        item.Latest = true;
        item.Published = publish;
        if (publish) item.PublishedUtc = now;

        var result = await ValidateAsync(item);
        if (!result.Succeeded) return result;

        db.ContentItems.Add(item);
        await db.SaveChangesAsync();
        foreach (var handler in handlers) await handler.CreatedAsync(item);
        if (publish)
        {
            foreach (var handler in handlers) await handler.PublishedAsync(item);
            await PublicVersionChangedAsync(item);
        }
        return result;
    }

    public async Task<ContentValidationResult> UpdateAsync(ContentItem item)
    {
        item.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        item.Author = CurrentUserName() ?? item.Author;
        var result = await ValidateAsync(item);
        if (!result.Succeeded)
        {
            // Leave the stored versions as they were: the draft was not saved.
            foreach (var entry in db.ChangeTracker.Entries<ContentItem>().Where(e => e.State == EntityState.Modified)) await entry.ReloadAsync();
            return result;
        }
        if (db.Entry(item).State == EntityState.Detached) db.ContentItems.Add(item);
        await db.SaveChangesAsync();
        foreach (var handler in handlers) await handler.UpdatedAsync(item);
        // A type without drafts (or a recipe) saves its live version; a saved draft changes nothing public.
        if (item.Published) await PublicVersionChangedAsync(item);
        return result;
    }

    public async Task<ContentValidationResult> PublishAsync(ContentItem item)
    {
        if (item.Published && db.Entry(item).State == EntityState.Unchanged) return new ContentValidationResult();
        var wasPublished = item.Published;
        item.Published = true;
        var validation = await ValidateAsync(item);
        if (!validation.Succeeded)
        {
            item.Published = wasPublished;
            return validation;
        }
        var previous = await db.ContentItems
            .Where(x => x.ContentItemId == item.ContentItemId && x.Published && x.ContentItemVersionId != item.ContentItemVersionId)
            .ToListAsync();
        foreach (var version in previous) version.Published = false;
        item.Published = true;
        item.Latest = true;
        item.PublishedUtc = clock.GetUtcNow().UtcDateTime;
        if (db.Entry(item).State == EntityState.Detached) db.ContentItems.Add(item);
        await db.SaveChangesAsync();
        foreach (var handler in handlers) await handler.PublishedAsync(item);
        await PublicVersionChangedAsync(item);
        return validation;
    }

    public async Task UnpublishAsync(ContentItem item)
    {
        var published = await db.ContentItems.Where(x => x.ContentItemId == item.ContentItemId && x.Published).ToListAsync();
        if (published.Count == 0) return;
        foreach (var version in published) version.Published = false;
        await db.SaveChangesAsync();
        foreach (var handler in handlers) await handler.UnpublishedAsync(item);
        await PublicVersionChangedAsync(item);
    }

    public async Task RemoveAsync(ContentItem item)
    {
        var versions = await db.ContentItems.Where(x => x.ContentItemId == item.ContentItemId).ToListAsync();
        db.ContentItems.RemoveRange(versions);
        await db.SaveChangesAsync();
        foreach (var handler in handlers) await handler.RemovedAsync(item);
        await PublicVersionChangedAsync(item);
    }

    private async Task PublicVersionChangedAsync(ContentItem item)
    {
        foreach (var handler in handlers) await handler.PublicVersionChangedAsync(item);
    }

    private ClaimsPrincipal? User => httpContextAccessor.HttpContext?.User;
    private string? CurrentUserId() => User?.FindFirstValue(ClaimTypes.NameIdentifier);
    private string? CurrentUserName() => User?.Identity?.IsAuthenticated == true ? User.Identity.Name : null;
}
