using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>
/// The output cache of public pages as visitors meet it: a second visitor is served the stored
/// page (it carries an <c>Age</c>), and every change an editor, a participant or a moderator makes
/// shows on the very next request.
/// </summary>
public class PublicPageCacheTests(PollSite fixture) : IClassFixture<PollSite>
{
    private const string Token = "__RequestVerificationToken";
    private SiteFactory Site => fixture.Site;

    private static bool FromCache(HttpResponseMessage response) => response.Headers.Age is not null;

    private async Task<(HttpResponseMessage Response, string Html)> VisitAsync(string path, HttpClient? client = null)
    {
        var response = await (client ?? Site.CreateSiteClient()).GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Visits the page until a visitor is served it from the cache, and returns that page.</summary>
    private async Task<string> CachedAsync(string path)
    {
        await VisitAsync(path);
        var (second, html) = await VisitAsync(path);
        Assert.True(FromCache(second), $"{path} was rendered again for the second visitor.");
        return html;
    }

    private async Task<(string EditUrl, string Id, string Path)> PublishAsync(string type, Dictionary<string, string> fields)
    {
        var admin = await fixture.AdminAsync();
        var path = $"{type.ToLowerInvariant()}-{Guid.NewGuid():N}"[..20];
        fields["AutoroutePart.Path"] = path;
        var created = await admin.SubmitFormAsync($"/admin/contents/create/{type}", fields, submitValue: "publish");
        Assert.True(created.StatusCode == HttpStatusCode.Redirect, string.Join(" | ", (await created.ReadDocumentAsync()).ValidationMessages()));
        var editUrl = created.Headers.Location!.OriginalString;
        return (editUrl, editUrl.Split('/')[3], "/" + path);
    }

    private async Task RepublishAsync(string editUrl, Dictionary<string, string> fields)
        => Assert.Equal(HttpStatusCode.Redirect, (await (await fixture.AdminAsync()).SubmitFormAsync(editUrl, fields, "main form.editor", submitValue: "publish")).StatusCode);

    public static TheoryData<string> PublicPages => ["/", "/consultations", "/polls", "/polls/archive", "/about"];

    [Theory, MemberData(nameof(PublicPages))]
    public async Task A_public_page_sets_no_cookie_carries_no_token_and_is_served_to_the_next_visitor_from_the_cache(string path)
    {
        var (first, _) = await VisitAsync(path);
        Assert.False(first.Headers.TryGetValues("Set-Cookie", out var cookies), $"{path} set {string.Join("; ", cookies ?? [])}");

        var html = await CachedAsync(path);
        Assert.DoesNotContain(Token, html);
    }

    [Fact]
    public async Task A_consultation_and_a_poll_page_are_cached_without_a_token_and_an_edit_shows_on_the_next_request()
    {
        var (consultationEdit, consultationId, consultation) = await PublishAsync("Consultation", new()
        {
            ["TitlePart.Title"] = "ممرات المشاة في الحي", ["ConsultationPart.Summary"] = "ملخص", ["ConsultationPart.Department"] = "municipal",
            ["ConsultationPart.Closes"] = fixture.Clock.GetUtcNow().UtcDateTime.AddDays(7).ToString("yyyy-MM-ddTHH:mm"),
        });
        await CachedAsync("/consultations");
        // Opened, it joins the public list at once.
        Assert.Equal(HttpStatusCode.Redirect, (await (await fixture.AdminAsync()).SubmitButtonFormAsync(consultationEdit, $"/admin/contents/{consultationId}/stage/Open")).StatusCode);
        Assert.Contains("ممرات المشاة في الحي", (await VisitAsync("/consultations")).Html);
        await CachedAsync("/consultations");
        Assert.DoesNotContain(Token, await CachedAsync(consultation));

        await RepublishAsync(consultationEdit, new() { ["TitlePart.Title"] = "ممرات المشاة الآمنة" });
        var (page, html) = await VisitAsync(consultation);
        Assert.False(FromCache(page));
        Assert.Contains("ممرات المشاة الآمنة", html);
        Assert.Contains("ممرات المشاة الآمنة", (await VisitAsync("/consultations")).Html);

        var (pollId, poll) = await fixture.OpenPollAsync("هل تؤيد إنارة الحديقة ليلاً؟", ["نعم", "لا"]);
        Assert.Contains("هل تؤيد إنارة الحديقة ليلاً؟", await CachedAsync("/polls"));
        Assert.DoesNotContain(Token, await CachedAsync(poll));
        await RepublishAsync($"/admin/contents/{pollId}/edit", new() { ["TitlePart.Title"] = "هل تؤيد إنارة الحديقة حتى منتصف الليل؟" });
        Assert.Contains("هل تؤيد إنارة الحديقة حتى منتصف الليل؟", (await VisitAsync(poll)).Html);
        Assert.Contains("هل تؤيد إنارة الحديقة حتى منتصف الليل؟", (await VisitAsync("/polls")).Html);
    }

    [Fact]
    public async Task A_page_edit_a_published_comment_and_a_new_site_name_show_on_the_next_request()
    {
        var (editUrl, _, path) = await PublishAsync("Page", new()
        {
            ["TitlePart.Title"] = "دليل الأحياء", ["MarkdownBodyPart.Markdown"] = "نص أول.", ["CommentsPart.Enabled"] = "true", ["CommentsPart.Mode"] = "PostModeration",
        });
        await CachedAsync(path);
        await RepublishAsync(editUrl, new() { ["TitlePart.Title"] = "دليل الأحياء الجديد" });
        Assert.Contains("دليل الأحياء الجديد", (await VisitAsync(path)).Html);

        await CachedAsync(path);
        var citizen = (await fixture.VotersAsync(1))[0];
        var posted = await citizen.SubmitFormAsync(path, new Dictionary<string, string> { ["text"] = "أقترح ممراً للدراجات على طول الحي.", ["acceptTerms"] = "true" }, "form.comment-form");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("أقترح ممراً للدراجات", (await VisitAsync(path)).Html);

        await CachedAsync("/");
        var admin = await fixture.AdminAsync();
        var renamed = "بوابة المشاركة " + Guid.NewGuid().ToString("N")[..6];
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync("/admin/settings", new Dictionary<string, string> { ["SiteName"] = renamed })).StatusCode);
        var home = await FormPosting.ParseAsync((await VisitAsync("/")).Html);
        Assert.Equal(renamed, home.QuerySelector(".brand")!.TextContent);
        Assert.Equal(renamed, (await FormPosting.ParseAsync((await VisitAsync(path)).Html)).QuerySelector(".brand")!.TextContent);
    }

    [Fact]
    public async Task A_signed_in_person_is_never_served_the_visitors_page_and_their_page_is_never_stored()
    {
        var visitorsPage = await CachedAsync("/consultations");
        Assert.DoesNotContain("/account/logout", visitorsPage);

        var citizen = (await fixture.VotersAsync(1))[0];
        for (var i = 0; i < 2; i++)
        {
            var (response, html) = await VisitAsync("/consultations", citizen);
            Assert.False(FromCache(response));
            Assert.Contains("/account/logout", html);
            Assert.Contains(Token, html);
        }
        Assert.DoesNotContain("/account/logout", (await VisitAsync("/consultations")).Html);
    }

    [Fact]
    public async Task Arabic_and_English_are_cached_apart_whichever_way_the_language_was_chosen()
    {
        var english = Site.CreateSiteClient();
        await english.GetAsync("/culture?culture=en&returnUrl=%2Fprivacy");
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal("ar", (await FormPosting.ParseAsync((await VisitAsync("/privacy")).Html)).DocumentElement.GetAttribute("lang"));
            var (response, html) = await VisitAsync("/privacy", english);
            Assert.Equal("en", (await FormPosting.ParseAsync(html)).DocumentElement.GetAttribute("lang"));
            if (i == 1) Assert.True(FromCache(response));
        }
    }

    [Fact]
    public async Task A_visitor_who_dismissed_the_cookie_notice_and_one_who_did_not_each_get_their_page()
    {
        async Task<(HttpResponseMessage Response, bool Notice)> VisitAsync(bool dismissed)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/participation-policy");
            if (dismissed) request.Headers.Add("Cookie", "cookie_notice=1");
            var response = await Site.CreateSiteClient().SendAsync(request);
            return (response, (await response.Content.ReadAsStringAsync()).Contains("data-cookie-notice"));
        }
        for (var i = 0; i < 2; i++)
        {
            Assert.True((await VisitAsync(dismissed: false)).Notice);
            var (response, notice) = await VisitAsync(dismissed: true);
            Assert.False(notice);
            if (i == 1) Assert.True(FromCache(response));
        }
    }

    [Fact]
    public async Task HEAD_answers_like_GET_without_a_body()
    {
        foreach (var path in new[] { "/", "/consultations", "/about" })
        {
            var response = await Site.CreateSiteClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task Live_results_are_one_reading_per_interval_for_visitors_fresh_for_a_voter_and_evicted_when_the_poll_changes()
    {
        var (id, path) = await fixture.OpenPollAsync("أي موعد للسوق الليلي؟", ["الخميس", "الجمعة"]);
        var results = $"/polls/{id}/results";
        Assert.Contains("data-refresh-seconds=\"5\"", (await VisitAsync(path)).Html);
        await VisitAsync(results);
        Assert.True(FromCache((await VisitAsync(results)).Response));

        var voter = (await fixture.VotersAsync(1))[0];
        var option = (await fixture.OptionIdsAsync(voter, path))[0];
        var token = (await voter.GetDocumentAsync(path)).QuerySelector($"#poll-{id} input[name={Token}]")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.Redirect, (await voter.PostAsync($"/polls/{id}/vote", new FormUrlEncodedContent([new(Token, token), new("options", option)]))).StatusCode);
        var (own, _) = await VisitAsync(results, voter);
        Assert.False(FromCache(own));
        Assert.Equal(1, (await fixture.ResultsAsync(voter, id)).GetProperty("voters").GetInt64());

        await RepublishAsync($"/admin/contents/{id}/edit", new() { ["TitlePart.Title"] = "أي موعد للسوق الليلي في الصيف؟" });
        var (afterEdit, _) = await VisitAsync(results);
        Assert.False(FromCache(afterEdit));
        Assert.Equal(1, (await fixture.ResultsAsync(Site.CreateSiteClient(), id)).GetProperty("voters").GetInt64());
    }

    [Fact]
    public async Task A_page_handed_an_antiforgery_token_is_never_stored()
    {
        // A site where every page asked for with ?token carries a form token, as a form on a public page would.
        using var site = new SiteFactory(new SiteOptions
        {
            AutoSetup = true,
            Services = services => services.Configure<MvcOptions>(o => o.Filters.Add<TokenOnThePage>()),
        });
        var visitor = site.CreateSiteClient();
        await visitor.GetAsync("/consultations");
        Assert.True(FromCache(await visitor.GetAsync("/consultations")));

        for (var i = 0; i < 3; i++)
        {
            var response = await visitor.GetAsync("/consultations?token");
            Assert.Contains(Token, await response.Content.ReadAsStringAsync());
            Assert.False(FromCache(response));
        }
    }

    private sealed class TokenOnThePage(IAntiforgery antiforgery) : IAsyncResultFilter
    {
        public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
        {
            var http = context.HttpContext;
            var tokens = http.Request.Query.ContainsKey("token") ? antiforgery.GetAndStoreTokens(http) : null;
            await next();
            if (tokens is not null) await http.Response.WriteAsync($"<input type=\"hidden\" name=\"{Token}\" value=\"{tokens.RequestToken}\">");
        }
    }
}
