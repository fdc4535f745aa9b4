using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Caching;
using Participation.ContentManagement;
using Participation.ContentManagement.Display;
using Participation.Data;
using Participation.Departments;
using Participation.Files;
using Participation.Http;
using Participation.Ideas.Domain;
using Participation.Ideas.Models;
using Participation.Ideas.Services;
using Participation.Ideas.ViewModels;
using Participation.Localization;
using Participation.Moderation;
using Participation.Notify;
using Participation.Security;
using Participation.Users;

namespace Participation.Ideas.Controllers;

/// <summary>The public side of ideas: topics, a topic's ideas, an idea's page, proposing, changing, withdrawing and supporting.</summary>
[Area("Participation.Ideas"), Route("ideas")]
public sealed class IdeasController(
    IContentManager contentManager, IDataSession session, IdeaList list, IdeaViews views, IdeaSearch search, IdeaSubmission submission, Supporting supporting,
    IDepartmentDirectory departments, IModerationReasons reasons, UserManager<ParticipationUser> users, IPageCache pages, INotifier notifier,
    IContentItemDisplayManager display, IdeaAttachments attachments, IdeaTimelines timelines, IAuthorizationService authorization, IStringLocalizer<IdeasController> T) : Controller
{
    /// <summary>Supports move the counts on cached pages: a visitor's page is at most this old.</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(30);

    private string? UserId => User.Identity?.IsAuthenticated == true ? users.GetUserId(User) : null;

    [HttpGet(""), SharedTemplate, OutputCache(PolicyName = PublicPage.Policy, Tags = [CacheTags.ContentTypePrefix + ContentTypes.IdeaTopic])]
    public async Task<IActionResult> Index()
    {
        var topics = await contentManager.Query().AsNoTracking()
            .Where(x => x.ContentType == ContentTypes.IdeaTopic && IdeaTopicLifecycle.PublicStages.Contains(x.Stage!))
            .OrderByDescending(x => x.PublishedUtc).Take(100).ToListAsync();
        var names = new Dictionary<string, string>();
        foreach (var key in topics.Select(t => t.As<IdeaTopicPart>().Department).Distinct()) names[key] = await departments.NameOfAsync(key);
        var order = IdeaTopicLifecycle.PublicStages.ToList();
        return View(new TopicListViewModel { Topics = [.. topics.OrderBy(t => order.IndexOf(t.Stage!))], DepartmentNames = names });
    }

    /// <summary>A topic's ideas, the same for every reader but for their blocks: the support of each card, supports left and the way to propose.</summary>
    [HttpGet("{topicId}"), SharedTemplate, OutputCache(PolicyName = PublicPage.Policy)]
    public async Task<IActionResult> Topic(string topicId, string? sort, string? category, string? status, string? q, int? seed, string? after)
    {
        if (await TopicAsync(topicId) is not { } topic) return NotFound();
        pages.Tag(CacheTags.ContentItem(topicId));
        pages.RefreshWithin(RefreshInterval);
        var order = Enum.TryParse<IdeaSort>(sort, true, out var s) ? s : IdeaSort.Trending;
        var request = new IdeaListRequest(topicId, order, category, status, q?.Trim() is { Length: > 0 and <= 200 } words ? words : null, seed ?? 0, after);
        var page = await list.ReadAsync(request);
        var part = topic.As<IdeaTopicPart>();
        return View(new TopicViewModel
        {
            Topic = topic, Part = part, Department = await departments.NameOfAsync(part.Department),
            Ideas = await views.CardsAsync(page.Rows), Next = page.Next, Request = request,
        });
    }

    [Authorize, HttpGet("{topicId}/propose")]
    public async Task<IActionResult> Propose(string topicId)
        => await TopicAsync(topicId) is { } topic ? View("Form", new IdeaFormViewModel { Topic = topic, Part = topic.As<IdeaTopicPart>() }) : NotFound();

    [Authorize, HttpPost("{topicId}/propose"), EnableRateLimiting(RateLimitPolicies.Comments)]
    public async Task<IActionResult> Propose(string topicId, IdeaDraft draft, List<IFormFile>? files)
    {
        if (await TopicAsync(topicId) is not { } topic) return NotFound();
        var author = await users.GetUserAsync(User);
        var result = await submission.SubmitAsync(topic, author!.Id, author.DisplayName, draft, IdeaViews.IsVerified(User), Chosen(files));
        if (!result.Succeeded) return View("Form", new IdeaFormViewModel { Topic = topic, Part = topic.As<IdeaTopicPart>(), MaxMegabytes = attachments.MaxMegabytes, Values = draft, Errors = Errors(result) });
        notifier.Success(T["Thank you: your idea was received. It appears once a moderator has checked it against the participation terms."]);
        return LocalRedirect(IdeaPaths.Idea(result.IdeaId!));
    }

    /// <summary>
    /// The published ideas of the topic most like a title being typed, as a fragment the form's
    /// script places under the title; each links to the idea to support it instead.
    /// </summary>
    [Authorize, HttpGet("{topicId}/similar")]
    public async Task<IActionResult> Similar(string topicId, string? title, string? except)
    {
        if (await TopicAsync(topicId) is null) return NotFound();
        var text = title?.Trim() ?? "";
        var ids = text.Length < 3 || text.Length > SubmissionRules.TitleMax ? [] : await search.SimilarAsync(topicId, text, 5, except);
        var rows = ids.Count == 0 ? [] : await session.Set<IdeaIndex>().AsNoTracking().Where(x => ids.Contains(x.ContentItemId) && IdeaStatus.Listed.Contains(x.Status)).ToListAsync();
        return PartialView("_SimilarIdeas", rows.OrderBy(r => ids.ToList().IndexOf(r.ContentItemId)).ToList());
    }

    /// <summary>
    /// An idea, the same for every reader but for their blocks (their support, supports left, the
    /// author's actions, following, their own comments). One waiting or refused shows its author
    /// their draft and why: such a page is rendered for each reader alone, never shared.
    /// </summary>
    [HttpGet("idea/{ideaId}"), SharedTemplate, OutputCache(PolicyName = PublicPage.Policy)]
    public async Task<IActionResult> Idea(string ideaId)
    {
        var row = await session.Set<IdeaIndex>().AsNoTracking().FirstOrDefaultAsync(x => x.ContentItemId == ideaId);
        var unpublished = row?.Status is IdeaStatus.Pending or IdeaStatus.Refused;
        var authorReads = row is not null && UserId is { } me && row.AuthorId == me;
        // Published ideas for everyone; one waiting or refused for its author only (whose pages are never cached).
        var idea = row is null ? null : await contentManager.GetAsync(ideaId, unpublished && authorReads ? VersionOptions.Latest : VersionOptions.Published);
        // One never published but merged or withdrawn since is its author's alone too, to show where it went.
        if (idea is null && authorReads && !unpublished)
        {
            unpublished = true;
            idea = await contentManager.GetAsync(ideaId, VersionOptions.Latest);
        }
        if (unpublished) pages.KeepPersonal();
        var isAuthor = unpublished && authorReads;
        var topic = row is null ? null : await TopicAsync(row.TopicId);
        if (row is null || idea is null || topic is null) return NotFound();
        pages.Tag(CacheTags.ContentItem(ideaId));
        pages.RefreshWithin(RefreshInterval);
        var card = (await views.CardsAsync([row], summaries: false))[0];
        var culture = System.Globalization.CultureInfo.CurrentUICulture.Name;
        var reason = isAuthor && row.RefusalReason is { } key ? (await reasons.ListAsync(activeOnly: false)).FirstOrDefault(r => r.Key == key)?.Name(culture) ?? key : null;
        var isPublic = idea.Published && IdeaStatus.Listed.Contains(row.Status);
        var timeline = await timelines.StepsAsync(ideaId);
        return View(new IdeaPageViewModel
        {
            Idea = idea, Topic = topic, Card = card, IsAuthor = isAuthor, RefusalReason = reason,
            // The steps everyone sees, for the official answer; the timeline itself is the reader's (the author sees every step).
            Timeline = [.. timeline.Where(TimelineFragment.IsPublic)],
            MergedInto = row.MergedIntoId is { } into ? await session.Set<IdeaIndex>().AsNoTracking().FirstOrDefaultAsync(x => x.ContentItemId == into) : null,
            IsPublic = isPublic,
            // The comments part's shapes (its thread, under the terms), once the idea is public.
            Shapes = isPublic ? await display.BuildDisplayAsync(idea, "Detail") : [],
        });
    }

    [Authorize, HttpGet("idea/{ideaId}/edit")]
    public async Task<IActionResult> Edit(string ideaId)
    {
        if (await OwnAsync(ideaId) is not var (row, idea, topic)) return NotFound();
        var part = idea.As<IdeaPart>();
        return View("Form", new IdeaFormViewModel { Topic = topic, Part = topic.As<IdeaTopicPart>(), MaxMegabytes = attachments.MaxMegabytes, IdeaId = ideaId, Values = new(idea.DisplayText, part.Description, part.Category),
            Errors = SubmissionRules.CanEdit(row.Status, row.Supports) is { } locked ? new() { [""] = T[locked.Message].Value } : [] });
    }

    [Authorize, HttpPost("idea/{ideaId}/edit"), EnableRateLimiting(RateLimitPolicies.Comments)]
    public async Task<IActionResult> Edit(string ideaId, IdeaDraft draft, List<IFormFile>? files)
    {
        if (await OwnAsync(ideaId) is not var (row, idea, topic)) return NotFound();
        var result = await submission.EditAsync(idea, row, topic, draft, Chosen(files));
        if (!result.Succeeded) return View("Form", new IdeaFormViewModel { Topic = topic, Part = topic.As<IdeaTopicPart>(), MaxMegabytes = attachments.MaxMegabytes, IdeaId = ideaId, Values = draft, Errors = Errors(result) });
        notifier.Success(T["Your change was saved. The idea appears again once a moderator has checked it."]);
        return LocalRedirect(IdeaPaths.Idea(ideaId));
    }

    [Authorize, HttpPost("idea/{ideaId}/withdraw"), EnableRateLimiting(RateLimitPolicies.Comments)]
    public async Task<IActionResult> Withdraw(string ideaId)
    {
        if (await OwnAsync(ideaId) is not var (row, _, _)) return NotFound();
        if (await submission.WithdrawAsync(row) is { } problem) notifier.Error(T[problem.Message]);
        else notifier.Success(T["Your idea was withdrawn."]);
        return LocalRedirect(IdeaPaths.Idea(ideaId));
    }

    [Authorize, HttpGet("mine")]
    public async Task<IActionResult> Mine()
    {
        var userId = UserId!;
        var rows = await session.Set<IdeaIndex>().AsNoTracking().Where(x => x.AuthorId == userId).OrderByDescending(x => x.CreatedUtc).Take(200).ToListAsync();
        var culture = System.Globalization.CultureInfo.CurrentUICulture.Name;
        return View(new MyIdeasViewModel { Ideas = rows, Reasons = (await reasons.ListAsync(activeOnly: false)).ToDictionary(r => r.Key, r => r.Name(culture)) });
    }

    /// <summary>One support; from a list, <c>returnUrl</c> brings the person back to the idea's place in it. With <c>Accept: application/json</c> the page updates without reloading.</summary>
    [Authorize, HttpPost("idea/{ideaId}/support"), EnableRateLimiting(RateLimitPolicies.Votes)]
    public async Task<IActionResult> Support(string ideaId, string? returnUrl)
        => Answer(ideaId, returnUrl, await supporting.SupportAsync(ideaId, UserId!, IdeaViews.IsVerified(User)));

    [Authorize, HttpPost("idea/{ideaId}/unsupport"), EnableRateLimiting(RateLimitPolicies.Votes)]
    public async Task<IActionResult> Unsupport(string ideaId, string? returnUrl)
        => Answer(ideaId, returnUrl, await supporting.WithdrawAsync(ideaId, UserId!));

    private IActionResult Answer(string ideaId, string? returnUrl, SupportResult result)
    {
        var message = result.Problem is { } p ? T[p.Message, p.Arguments].Value
            : result.Answer == SupportAnswer.Withdrawn ? T["Your support was taken back."].Value : T["Thank you: your support is counted."].Value;
        var left = result.Left is { } n ? T.Plural(n, "You have 1 support left in this topic.", "You have {0} supports left in this topic.").Value : null;
        if (Request.Headers.Accept.Any(a => a?.Contains("application/json") == true))
        {
            object body = new { message, supports = result.Supports, supported = result.SupportedByMe, left };
            return result.Answer switch
            {
                SupportAnswer.Refused => UnprocessableEntity(body),
                // Not the person's fault: the same support may be sent again.
                SupportAnswer.NotRecorded => StatusCode(StatusCodes.Status503ServiceUnavailable, body),
                _ => Json(body),
            };
        }
        if (result.Problem is not null) notifier.Error(new LocalizedString(message, message));
        else notifier.Success(new LocalizedString(message, left is null ? message : $"{message} {left}"));
        var back = Url.IsLocalUrl(returnUrl) ? returnUrl! : IdeaPaths.Idea(ideaId);
        return LocalRedirect(back + "#idea-" + ideaId);
    }

    /// <summary>
    /// An attached file, to whoever may read the idea: everyone once it is published, its author
    /// before, moderators reviewing it. Sent as a download of the type checked when it was
    /// accepted, never sniffed (<see cref="StoredFileResult"/>), and never cached for others.
    /// </summary>
    [HttpGet("idea/{ideaId}/files/{fileId}")]
    public async Task<IActionResult> Attachment(string ideaId, string fileId)
    {
        var row = await session.Set<IdeaIndex>().AsNoTracking().FirstOrDefaultAsync(x => x.ContentItemId == ideaId);
        var mayReadDraft = row is not null && ((UserId is { } me && row.AuthorId == me) || await authorization.AuthorizeAsync(User, Permissions.ReviewIdeas));
        var idea = row is null ? null : await contentManager.GetAsync(ideaId, mayReadDraft ? VersionOptions.Latest : VersionOptions.Published);
        if (idea?.As<IdeaPart>().Attachments.FirstOrDefault(a => a.Id == fileId) is not { } attachment) return NotFound();
        if (await attachments.OpenReadAsync(ideaId, attachment) is not { } content) return NotFound();
        Response.Headers.CacheControl = "private, no-store";
        return new StoredFileResult(content, attachment.FileName, attachment.Extension);
    }

    private static List<IFormFile> Chosen(List<IFormFile>? files) => [.. (files ?? []).Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName))];

    /// <summary>The first problem of each field, localised; "" holds those of the whole form.</summary>
    private Dictionary<string, string> Errors(SubmissionResult result)
        => result.Problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => T[g.First().Problem.Message, g.First().Problem.Arguments].Value);

    private async Task<ContentItem?> TopicAsync(string topicId)
    {
        var topic = await contentManager.GetAsync(topicId);
        return topic is { ContentType: ContentTypes.IdeaTopic } && IdeaTopicLifecycle.PublicStages.Contains(topic.Stage ?? "") ? topic : null;
    }

    /// <summary>The signed-in person's own idea, its row and its topic; null for anyone else's.</summary>
    private async Task<(IdeaIndex Row, ContentItem Idea, ContentItem Topic)?> OwnAsync(string ideaId)
    {
        var userId = UserId;
        var row = await session.Set<IdeaIndex>().AsNoTracking().FirstOrDefaultAsync(x => x.ContentItemId == ideaId && x.AuthorId == userId);
        var idea = row is null ? null : await contentManager.GetAsync(ideaId, VersionOptions.Latest);
        var topic = row is null ? null : await TopicAsync(row.TopicId);
        return row is null || idea is null || topic is null ? null : (row, idea, topic);
    }
}
