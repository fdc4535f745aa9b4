using Microsoft.Extensions.DependencyInjection;
using System.Net;
using AngleSharp.Dom;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>Comments on a published page: screening, the queue, reasons shown to authors, reports, bans.</summary>
public class CommentsTests(SetUpSite fixture) : IClassFixture<SetUpSite>
{
    private SiteFactory Site => fixture.Site;

    /// <summary>A published page that takes comments (pre-moderated, as the recipe sets pages).</summary>
    private async Task<(string Path, string Id)> PageWithCommentsAsync(bool ratings = false)
    {
        var admin = await fixture.AdminAsync();
        var path = $"topic-{Guid.NewGuid():N}"[..20];
        var fields = new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "خطة الحدائق العامة", ["AutoroutePart.Path"] = path, ["MarkdownBodyPart.Markdown"] = "ما رأيكم؟",
            ["CommentsPart.Enabled"] = "true",
        };
        if (ratings) fields["CommentsPart.AllowRatings"] = "true";
        var created = await admin.SubmitFormAsync("/admin/contents/create/Page", fields, submitValue: "publish");
        return (path, created.Headers.Location!.OriginalString.Split('/')[3]);
    }

    private static Task<HttpResponseMessage> CommentAsync(HttpClient client, string path, string text, bool acceptTerms = true, string? rating = null)
    {
        var values = new Dictionary<string, string> { ["text"] = text };
        if (acceptTerms) values["acceptTerms"] = "true";
        if (rating is not null) values["rating"] = rating;
        return client.SubmitFormAsync($"/{path}", values, "form.comment-form");
    }

    private static async Task<IDocument> PageAsync(HttpClient client, string path) => await client.GetDocumentAsync($"/{path}");

    private static async Task<long> QueueIdAsync(HttpClient moderator, string text, string tab = "Pending")
    {
        var queue = await moderator.GetDocumentAsync($"/admin/moderation?tab={tab}");
        var item = queue.QuerySelectorAll("article.queue-item").First(a => a.TextContent.Contains(text));
        return long.Parse(item.QuerySelector("input[name=id]")!.GetAttribute("value")!);
    }

    [Fact]
    public async Task A_pre_moderated_comment_waits_unseen_until_a_moderator_approves_it()
    {
        var (path, _) = await PageWithCommentsAsync();
        var citizen = await fixture.CitizenAsync();
        var stranger = Site.CreateSiteClient();

        var posted = await CommentAsync(citizen, path, "أقترح زراعة أشجار محلية تتحمل الحر.");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var own = await PageAsync(citizen, path);
        Assert.Contains("أقترح زراعة أشجار محلية", own.QuerySelector("#comments")!.TextContent);
        Assert.Contains("ينتظر مراجعة المشرف", own.QuerySelector("#comments .comment-own")!.TextContent);
        Assert.DoesNotContain("أقترح زراعة أشجار محلية", (await PageAsync(stranger, path)).QuerySelector("#comments")!.TextContent);

        var moderator = await fixture.StaffAsync("Moderator");
        var id = await QueueIdAsync(moderator, "أقترح زراعة أشجار محلية");
        await moderator.PostAsync("/admin/moderation/decide", Form(await TokenAsync(moderator), ("id", id.ToString()), ("decision", "approve")));

        Assert.Contains("أقترح زراعة أشجار محلية", (await PageAsync(stranger, path)).QuerySelector("#comments .comment-list")!.TextContent);
    }

    /// <summary>Whether the person accepted the policy comes from their cached account summary: accepting it must evict that, for them only.</summary>
    [Fact]
    public async Task The_participation_policy_is_asked_for_until_the_person_accepts_it_and_then_no_more()
    {
        var (path, _) = await PageWithCommentsAsync();
        var citizen = await fixture.CitizenAsync();
        var other = await fixture.CitizenAsync();
        Assert.NotNull((await PageAsync(citizen, path)).QuerySelector("form.comment-form #comment-terms"));
        Assert.NotNull((await PageAsync(other, path)).QuerySelector("form.comment-form #comment-terms"));

        Assert.Equal(HttpStatusCode.Redirect, (await CommentAsync(citizen, path, "أقترح مقاعد مظللة قرب الملاعب.")).StatusCode);

        var own = await PageAsync(citizen, path);
        Assert.NotNull(own.QuerySelector("form.comment-form"));
        Assert.Null(own.QuerySelector("form.comment-form #comment-terms"));
        Assert.NotNull((await PageAsync(other, path)).QuerySelector("form.comment-form #comment-terms"));
    }

    [Fact]
    public async Task A_hidden_comment_tells_its_author_which_reason_hid_it()
    {
        var (path, _) = await PageWithCommentsAsync();
        var citizen = await fixture.CitizenAsync();
        await CommentAsync(citizen, path, "هذا الموضوع لا علاقة له بأي شيء، لنتحدث عن كرة القدم.");

        var moderator = await fixture.StaffAsync("Moderator");
        var id = await QueueIdAsync(moderator, "كرة القدم");
        var hidden = await moderator.PostAsync("/admin/moderation/decide", Form(await TokenAsync(moderator), ("id", id.ToString()), ("decision", "hide"), ("reason", "off-topic")));
        Assert.Equal(HttpStatusCode.Redirect, hidden.StatusCode);

        var own = await PageAsync(citizen, path);
        Assert.Contains("أخفاه المشرفون. السبب: خارج الموضوع.", own.QuerySelector("#comments")!.TextContent);
        Assert.Contains("the moderators hid it. Reason: Off-topic.", (await PageAsync(citizen, path + "?culture=en")).QuerySelector("#comments")!.TextContent);
        Assert.DoesNotContain("كرة القدم", (await PageAsync(Site.CreateSiteClient(), path)).QuerySelector("#comments")!.TextContent);

        // Hiding needs a reason from the catalogue.
        await moderator.PostAsync("/admin/moderation/decide", Form(await TokenAsync(moderator), ("id", id.ToString()), ("decision", "hide"), ("reason", "because")));
        Assert.Contains("اختر سبب الإخفاء.", (await moderator.GetDocumentAsync("/admin/moderation")).QuerySelector(".notice-error")!.TextContent);
    }

    [Fact]
    public async Task Personal_data_is_masked_and_flagged_and_the_moderator_sees_the_original()
    {
        var (path, _) = await PageWithCommentsAsync();
        var citizen = await fixture.CitizenAsync();
        await CommentAsync(citizen, path, "للتواصل معي اتصلوا على 0551234567 شكراً");

        var moderator = await fixture.StaffAsync("Moderator");
        var queue = await moderator.GetDocumentAsync("/admin/moderation?tab=Flagged");
        var item = queue.QuerySelectorAll("article.queue-item").First(a => a.TextContent.Contains("للتواصل معي"));
        Assert.Contains("اتصلوا على •••••••••• شكراً", item.QuerySelector("blockquote.comment-text")!.TextContent);
        Assert.Contains("0551234567", item.QuerySelector("details blockquote")!.TextContent);
        Assert.Contains("بيانات شخصية", item.QuerySelector(".flags")!.TextContent);
        Assert.DoesNotContain("0551234567", (await PageAsync(citizen, path)).QuerySelector("#comments")!.TextContent);
    }

    [Fact]
    public async Task A_number_spelled_out_with_tatweel_stays_masked_once_a_moderator_approves_the_comment()
    {
        var (path, _) = await PageWithCommentsAsync();
        var citizen = await fixture.CitizenAsync();
        await CommentAsync(citizen, path, "تواصلوا معي 05ـ51234567 لتنسيق حملة التشجير");

        var moderator = await fixture.StaffAsync("Moderator");
        var id = await QueueIdAsync(moderator, "لتنسيق حملة التشجير", "Flagged");
        await moderator.PostAsync("/admin/moderation/decide", Form(await TokenAsync(moderator), ("id", id.ToString()), ("decision", "approve")));

        var comments = (await PageAsync(Site.CreateSiteClient(), path)).QuerySelector("#comments .comment-list")!.TextContent;
        Assert.Contains("تواصلوا معي", comments);
        Assert.Contains("لتنسيق حملة التشجير", comments);
        Assert.DoesNotContain("1234567", Participation.Text.ArabicNormalizer.Normalize(comments));
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_clear_message_and_the_text_is_kept()
    {
        var (path, _) = await PageWithCommentsAsync();
        var citizen = await fixture.CitizenAsync();

        await CommentAsync(citizen, path, "   ");
        Assert.Contains("اكتب تعليقك أولاً.", (await PageAsync(citizen, path)).QuerySelector(".notice-error")!.TextContent);

        var tooLong = new string('ن', 2001);
        await CommentAsync(citizen, path, tooLong);
        var page = await PageAsync(citizen, path);
        Assert.Contains("2001", page.QuerySelector(".notice-error")!.TextContent);
        Assert.Equal(tooLong, page.QuerySelector("#comment-text")!.TextContent);

        // Script is stored as text and shown encoded, never run.
        await CommentAsync(citizen, path, "<script>alert('x')</script> رأيي");
        var html = await (await citizen.GetAsync($"/{path}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert('x')</script>", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public async Task Reports_from_enough_participants_take_a_published_comment_down_for_review()
    {
        var admin = await fixture.AdminAsync();
        var path = $"post-{Guid.NewGuid():N}"[..20];
        await admin.SubmitFormAsync("/admin/contents/create/Page", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "مقترحات النقل", ["AutoroutePart.Path"] = path, ["CommentsPart.Enabled"] = "true", ["CommentsPart.Mode"] = "PostModeration",
        }, submitValue: "publish");
        var author = await fixture.CitizenAsync();
        await CommentAsync(author, path, "تعليق سيُبلَّغ عنه لاحقاً");
        var stranger = Site.CreateSiteClient();
        Assert.Contains("تعليق سيُبلَّغ عنه", (await PageAsync(stranger, path)).QuerySelector("#comments")!.TextContent);

        for (var i = 0; i < 3; i++)
        {
            var reporter = await fixture.CitizenAsync();
            var report = await reporter.SubmitFormAsync($"/{path}", new Dictionary<string, string> { ["reason"] = "spam" }, "form[action$='/report']");
            Assert.Equal(HttpStatusCode.Redirect, report.StatusCode);
        }

        Assert.DoesNotContain("تعليق سيُبلَّغ عنه", (await PageAsync(stranger, path)).QuerySelector("#comments")!.TextContent);
        var moderator = await fixture.StaffAsync("Moderator");
        Assert.Contains("تعليق سيُبلَّغ عنه", (await moderator.GetDocumentAsync("/admin/moderation?tab=Reported")).QuerySelector(".queue")!.TextContent);
    }

    [Fact]
    public async Task A_banned_citizen_is_told_why_until_when_and_how_to_appeal_and_staff_cannot_be_banned()
    {
        var (path, _) = await PageWithCommentsAsync();
        var email = $"banned-{Guid.NewGuid():N}@mail.example";
        var citizen = await fixture.CitizenAsync(email);
        await CommentAsync(citizen, path, "أول تعليق");
        var moderator = await fixture.StaffAsync("Moderator");
        var admin = await fixture.AdminAsync();
        var userPage = (await admin.GetDocumentAsync($"/admin/users?q={email}")).QuerySelector("tbody a")!.GetAttribute("href")!;
        var id = userPage.Split('/').Last();

        var banned = await moderator.SubmitFormAsync($"/admin/moderation/bans?userId={id}", new Dictionary<string, string>
        {
            ["reason"] = "inappropriate-language", ["until"] = DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-ddTHH:mm"), ["note"] = "تكرار الألفاظ",
        }, "form[action='/admin/moderation/bans']");
        Assert.Equal(HttpStatusCode.Redirect, banned.StatusCode);

        await CommentAsync(citizen, path, "تعليق بعد المنع");
        var message = (await PageAsync(citizen, path)).QuerySelector(".notice-error")!.TextContent;
        Assert.Contains("لا يمكنك المشاركة حتى", message);
        Assert.Contains("لغة غير لائقة", message);
        Assert.Contains("للاعتراض", message);

        var staffId = (await admin.GetDocumentAsync("/admin/users?q=admin@ministry")).QuerySelector("tbody a")!.GetAttribute("href")!.Split('/').Last();
        await moderator.SubmitFormAsync($"/admin/moderation/bans?userId={staffId}", new Dictionary<string, string> { ["reason"] = "spam", ["permanent"] = "true" }, "form[action='/admin/moderation/bans']");
        Assert.Contains("لا يمكن منع حسابات الموظفين", (await moderator.GetDocumentAsync("/admin/moderation/bans")).QuerySelector(".notice-error")!.TextContent);
    }

    [Fact]
    public async Task An_official_reply_stands_out_and_ratings_are_averaged()
    {
        var (path, _) = await PageWithCommentsAsync(ratings: true);
        var admin = await fixture.AdminAsync();
        await admin.SubmitFormAsync("/admin/moderation/policy", new Dictionary<string, string> { ["modes[Page]"] = "ScreeningOnly" }, "form[action='/admin/moderation/policy/settings']");
        var one = await fixture.CitizenAsync();
        var two = await fixture.CitizenAsync();
        await CommentAsync(one, path, "خدمة ممتازة", rating: "5");
        await CommentAsync(two, path, "تحتاج تحسيناً", rating: "2");

        var editor = await fixture.StaffAsync("Editor");
        await editor.SubmitFormAsync($"/{path}", new Dictionary<string, string> { ["text"] = "شكراً لكم، سنعمل على التحسين.", ["official"] = "true", ["acceptTerms"] = "true" }, "form.comment-form");

        var page = await PageAsync(Site.CreateSiteClient(), path);
        Assert.Contains("متوسط التقييم: 3.5 من 5 (تقييمان)", page.QuerySelector(".rating-summary")!.TextContent);
        var official = page.QuerySelector(".comment-official")!;
        Assert.Contains("رد الجهة", official.TextContent);
        Assert.Contains("سنعمل على التحسين", official.TextContent);
        await admin.SubmitFormAsync("/admin/moderation/policy", new Dictionary<string, string> { ["modes[Page]"] = "PreModeration" }, "form[action='/admin/moderation/policy/settings']");
    }

    private static async Task<string> TokenAsync(HttpClient client)
        => (await client.GetDocumentAsync("/admin/moderation")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    private static FormUrlEncodedContent Form(string token, params (string Key, string Value)[] values)
        => new(values.Select(v => new KeyValuePair<string, string>(v.Key, v.Value)).Append(new("__RequestVerificationToken", token)));
}

/// <summary>The moderators' digest, and commenters counted as participants for the decision email.</summary>
public class ModerationFollowUpTests
{
    [Fact]
    public async Task Moderators_get_one_digest_per_period_of_what_waits()
    {
        using var site = new SiteFactory(new SiteOptions { AutoSetup = true });
        var fixture = new SetUpSiteAdapter(site);
        var admin = await fixture.AdminAsync();
        await admin.SubmitFormAsync("/admin/users/create", new Dictionary<string, string>
        {
            ["UserName"] = "mod", ["DisplayName"] = "مشرف", ["Email"] = "mod@ministry.example", ["Password"] = "Moderator-pass-1", ["Roles"] = "Moderator",
        });
        await admin.SubmitFormAsync("/admin/contents/create/Page", new Dictionary<string, string> { ["TitlePart.Title"] = "صفحة", ["AutoroutePart.Path"] = "digest-page", ["CommentsPart.Enabled"] = "true" }, submitValue: "publish");
        var citizen = site.CreateSiteClient();
        await citizen.RegisterCitizenAsync(site, "writer@mail.example", "Citizen-pass-1");
        await citizen.SubmitFormAsync("/digest-page", new Dictionary<string, string> { ["text"] = "تعليق ينتظر", ["acceptTerms"] = "true" }, "form.comment-form");

        var digest = site.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<Participation.Moderation.Services.ModerationDigest>().Single();
        Assert.True(await digest.SendIfDueAsync(TimeSpan.FromHours(24)));
        Assert.False(await digest.SendIfDueAsync(TimeSpan.FromHours(24)));

        var mail = await site.WaitForMailAsync("mod@ministry.example", "بانتظار المراجعة");
        Assert.Equal("مساهمة واحدة بانتظار المراجعة", mail.Subject);
        Assert.Contains("تنتظر مساهمة واحدة المراجعة، وأقدمها ينتظر منذ", mail.Message.TextBody);
        Assert.Contains("/admin/moderation", mail.Message.TextBody);
    }

    [Fact]
    public async Task Everyone_whose_contribution_was_published_hears_of_the_decision()
    {
        await using var smtp = await SmtpTestServer.StartNewAsync();
        using var site = new SiteFactory(new SiteOptions { AutoSetup = true, Settings = smtp.SiteSettings });
        var admin = site.CreateSiteClient();
        await admin.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);
        var created = await admin.SubmitFormAsync("/admin/contents/create/Consultation", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "ساعات عمل المكتبات", ["AutoroutePart.Path"] = "library-hours",
            ["ConsultationPart.Closes"] = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-ddTHH:mm"),
        }, submitValue: "publish");
        var editUrl = created.Headers.Location!.OriginalString;
        var id = editUrl.Split('/')[3];
        await admin.SubmitButtonFormAsync(editUrl, $"/admin/contents/{id}/stage/Open");

        var citizen = site.CreateSiteClient();
        await citizen.SubmitFormAsync("/account/register", new Dictionary<string, string>
        {
            ["DisplayName"] = "سلمان", ["Email"] = "salman@mail.example", ["Password"] = "Citizen-pass-1", ["ConfirmPassword"] = "Citizen-pass-1", ["AcceptPolicy"] = "true",
        });
        (await citizen.GetAsync(await smtp.ConfirmationLinkAsync("salman@mail.example"))).EnsureSuccessStatusCode();
        await citizen.SignInAsync("salman@mail.example", "Citizen-pass-1");
        await citizen.SubmitFormAsync("/library-hours", new Dictionary<string, string> { ["text"] = "أقترح فتح المكتبات مساءً في عطلة نهاية الأسبوع.", ["acceptTerms"] = "true" }, "form.comment-form");

        // The moderator approves; participation closes; the decision is announced.
        var token = (await admin.GetDocumentAsync("/admin/moderation")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var commentId = (await admin.GetDocumentAsync("/admin/moderation")).QuerySelector("article.queue-item input[name=id]")!.GetAttribute("value")!;
        await admin.PostAsync("/admin/moderation/decide", new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = commentId, ["decision"] = "approve", ["__RequestVerificationToken"] = token }));
        await admin.SubmitButtonFormAsync(editUrl, $"/admin/contents/{id}/stage/Close");
        await admin.SubmitFormAsync(editUrl, new Dictionary<string, string> { ["ConsultationPart.Decision"] = "تُفتح المكتبات حتى العاشرة مساءً يومي الجمعة والسبت." }, "main form.editor", submitValue: "publish");
        await admin.SubmitButtonFormAsync(editUrl, $"/admin/contents/{id}/stage/Decide");

        var decision = await smtp.WaitForMailAsync("salman@mail.example", "صدر القرار");
        Assert.Contains("مرحباً سلمان", decision.Message.TextBody);
        Assert.Contains("حتى العاشرة مساءً", decision.Message.TextBody);

        // Once closed, the consultation takes no more contributions.
        var closed = await citizen.GetDocumentAsync("/library-hours");
        Assert.Null(closed.QuerySelector("form.comment-form"));
        Assert.Contains("أُغلقت المشاركة", closed.QuerySelector("#comments .notice")!.TextContent);
        // A post crafted anyway is refused by the server.
        var citizenToken = closed.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        await citizen.PostAsync($"/comments/{id}", new FormUrlEncodedContent(new Dictionary<string, string> { ["text"] = "إضافة متأخرة", ["__RequestVerificationToken"] = citizenToken }));
        Assert.Contains("أُغلقت المشاركة", (await citizen.GetDocumentAsync("/library-hours")).QuerySelector(".notice-error")!.TextContent);
    }
}

/// <summary>The shared sign-in helpers, for a site a test made itself.</summary>
internal sealed class SetUpSiteAdapter(SiteFactory site)
{
    public async Task<HttpClient> AdminAsync()
    {
        var client = site.CreateSiteClient();
        await client.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);
        return client;
    }
}

public class BulkModerationTests
{
    [Fact]
    public async Task Moderators_decide_on_several_at_once_and_repeat_violators_are_pointed_out()
    {
        using var site = new SiteFactory(new SiteOptions { AutoSetup = true });
        var admin = await new SetUpSiteAdapter(site).AdminAsync();
        await admin.SubmitFormAsync("/admin/contents/create/Page", new Dictionary<string, string> { ["TitlePart.Title"] = "صفحة", ["AutoroutePart.Path"] = "bulk-page", ["CommentsPart.Enabled"] = "true" }, submitValue: "publish");
        var citizen = site.CreateSiteClient();
        await citizen.RegisterCitizenAsync(site, "many@mail.example", "Citizen-pass-1");
        var texts = new[] { "الرأي الأول في الموضوع", "ملاحظة ثانية مختلفة تماماً", "اقتراح ثالث عن الحدائق", "تعليق رابع عن المواقف" };
        foreach (var text in texts)
            await citizen.SubmitFormAsync("/bulk-page", new Dictionary<string, string> { ["text"] = text, ["acceptTerms"] = "true" }, "form.comment-form");

        var queue = await admin.GetDocumentAsync("/admin/moderation");
        var ids = queue.QuerySelectorAll("article.queue-item input[name=ids]").Select(i => i.GetAttribute("value")!).ToList();
        Assert.Equal(4, ids.Count);
        var token = queue.QuerySelector("#bulk input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var hideThree = new FormUrlEncodedContent(ids.Take(3).Select(id => new KeyValuePair<string, string>("ids", id))
            .Concat([new("decision", "hide"), new("reason", "off-topic"), new("tab", "Pending"), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync("/admin/moderation/decide", hideThree)).StatusCode);

        var remaining = await admin.GetDocumentAsync("/admin/moderation");
        var last = Assert.Single(remaining.QuerySelectorAll("article.queue-item"));
        Assert.Contains("3 مساهمات مخفية خلال 90 يومًا", last.TextContent);
        Assert.NotNull(last.QuerySelector("a[href^='/admin/moderation/bans?userId=']"));
        Assert.Equal(3, (await admin.GetDocumentAsync("/admin/moderation?tab=Hidden")).QuerySelectorAll("article.queue-item").Length);
    }
}

public class ModerationCountTests
{
    private static readonly string[] Tabs = ["Pending", "Flagged", "Reported", "Hidden"];

    /// <summary>The count each tab shows, checked against the comments the tab lists (all on one page here).</summary>
    private static async Task<Dictionary<string, int>> TabCountsAsync(HttpClient moderator)
    {
        var counts = new Dictionary<string, int>();
        foreach (var tab in Tabs)
        {
            var page = await moderator.GetDocumentAsync($"/admin/moderation?tab={tab}");
            var shown = page.QuerySelectorAll("nav.tabs a").Select(a => (Href: a.GetAttribute("href")!, Count: int.Parse(a.QuerySelector(".tab-count")!.TextContent.Trim('(', ')'))))
                .ToDictionary(a => a.Href.Split('=')[1], a => a.Count);
            Assert.Equal(page.QuerySelectorAll("article.queue-item").Length, shown[tab]);
            counts[tab] = shown[tab];
        }
        return counts;
    }

    private static Dictionary<string, int> Expected(int pending, int flagged, int reported, int hidden)
        => new() { ["Pending"] = pending, ["Flagged"] = flagged, ["Reported"] = reported, ["Hidden"] = hidden };

    [Fact]
    public async Task Each_tab_shows_how_many_wait_in_it_after_every_decision_flag_and_report()
    {
        using var site = new SiteFactory(new SiteOptions { AutoSetup = true });
        var admin = await new SetUpSiteAdapter(site).AdminAsync();
        await admin.SubmitFormAsync("/admin/contents/create/Page", new Dictionary<string, string> { ["TitlePart.Title"] = "صفحة", ["AutoroutePart.Path"] = "counted-page", ["CommentsPart.Enabled"] = "true" }, submitValue: "publish");
        await admin.SubmitFormAsync("/admin/contents/create/Page", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "مقترحات", ["AutoroutePart.Path"] = "counted-post", ["CommentsPart.Enabled"] = "true", ["CommentsPart.Mode"] = "PostModeration",
        }, submitValue: "publish");
        var before = await TabCountsAsync(admin);
        Assert.Equal(Expected(0, 0, 0, 0), before);

        var citizen = site.CreateSiteClient();
        await citizen.RegisterCitizenAsync(site, "counted@mail.example", "Citizen-pass-1");
        foreach (var text in new[] { "الرأي الأول في الموضوع", "ملاحظة ثانية مختلفة تماماً", "للتواصل معي اتصلوا على 0551234567 شكراً" })
            await citizen.SubmitFormAsync("/counted-page", new Dictionary<string, string> { ["text"] = text, ["acceptTerms"] = "true" }, "form.comment-form");
        Assert.Equal(Expected(3, 1, 0, 0), await TabCountsAsync(admin));

        var queue = await admin.GetDocumentAsync("/admin/moderation");
        var token = queue.QuerySelector("#bulk input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        string IdOf(string text) => queue.QuerySelectorAll("article.queue-item").First(a => a.TextContent.Contains(text)).QuerySelector("input[name=id]")!.GetAttribute("value")!;
        async Task DecideAsync(string id, string decision, string? reason = null)
        {
            var fields = new Dictionary<string, string> { ["id"] = id, ["decision"] = decision, ["tab"] = "Pending", ["__RequestVerificationToken"] = token };
            if (reason is not null) fields["reason"] = reason;
            Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync("/admin/moderation/decide", new FormUrlEncodedContent(fields))).StatusCode);
        }
        var (first, flagged) = (IdOf("الرأي الأول"), IdOf("للتواصل معي"));
        await DecideAsync(first, "approve");
        Assert.Equal(Expected(2, 1, 0, 0), await TabCountsAsync(admin));
        await DecideAsync(flagged, "hide", "off-topic");
        Assert.Equal(Expected(1, 0, 0, 1), await TabCountsAsync(admin));
        await DecideAsync(flagged, "restore");
        Assert.Equal(Expected(1, 1, 0, 0), await TabCountsAsync(admin));

        await citizen.SubmitFormAsync("/counted-post", new Dictionary<string, string> { ["text"] = "تعليق سيُبلَّغ عنه لاحقاً", ["acceptTerms"] = "true" }, "form.comment-form");
        for (var i = 0; i < 3; i++)
        {
            var reporter = site.CreateSiteClient();
            await reporter.RegisterCitizenAsync(site, $"reporter{i}@mail.example", "Citizen-pass-1");
            await reporter.SubmitFormAsync("/counted-post", new Dictionary<string, string> { ["reason"] = "spam" }, "form[action$='/report']");
            // Reports flag it at once; the third takes it down to wait for a moderator.
            Assert.Equal(i < 2 ? Expected(1, 2, 1, 0) : Expected(2, 2, 1, 0), await TabCountsAsync(admin));
        }
    }
}
