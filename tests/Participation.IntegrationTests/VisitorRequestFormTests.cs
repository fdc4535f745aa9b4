using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Participation.Requests.Models;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>
/// The request forms as visitors meet them: one page kept by the output cache for every visitor,
/// without a token or a cookie; the token the page's script fetches when the form is used files the
/// request; a form sent without one (no script) comes back with what was typed and a token of the
/// sender's own, and files nothing until sent again; an admin's change shows on the next visit; a
/// refused form comes back to that visitor only; a signed-in person's name never reaches a visitor.
/// </summary>
public class VisitorRequestFormTests(RequestSite fixture) : IClassFixture<RequestSite>
{
    private const string Token = FormPosting.TokenField;

    private static string FormToken(IDocument page) => page.QuerySelector($"main form[method=post] input[name={Token}]")!.GetAttribute("value")!;

    private static FormUrlEncodedContent Complaint(string? token, string subject) => new([
        .. token is null ? [] : new KeyValuePair<string, string>[] { new(Token, token) },
        new("Name", "سلمى الحربي"), new("Email", "salma@mail.example"), new("Category", "other"),
        new("Subject", subject), new("Message", "نص الشكوى بالتفصيل"),
    ]);

    private Task<int> CountAsync(string subject) => fixture.QueryAsync(s => s.Set<ServiceRequest>().CountAsync(r => r.Subject == subject));

    [Theory]
    [InlineData("/requests/complaint")]
    [InlineData("/requests/suggestion")]
    [InlineData("/requests/contact")]
    public async Task A_visitors_form_sets_no_cookie_carries_no_token_and_is_served_to_the_next_visitor_from_the_cache(string path)
    {
        var first = await fixture.Site.CreateSiteClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(first.Headers.TryGetValues("Set-Cookie", out var cookies), $"{path} set {string.Join("; ", cookies ?? [])}");
        var page = await first.ReadDocumentAsync();
        Assert.Equal("", FormToken(page));

        var second = await fixture.Site.CreateSiteClient().GetAsync(path);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal("", FormToken(await second.ReadDocumentAsync()));
    }

    [Fact]
    public async Task The_tracking_lookup_gives_two_visitors_a_token_of_their_own_from_its_shared_template_that_works_only_with_their_own_cookie()
    {
        var (first, second) = (fixture.Site.CreateSiteClient(), fixture.Site.CreateSiteClient());
        var firstPage = await first.GetDocumentAsync("/requests/track");
        var secondPage = await second.GetDocumentAsync("/requests/track");
        var (firstToken, secondToken) = (FormToken(firstPage), FormToken(secondPage));
        Assert.NotEqual(firstToken, secondToken);
        Assert.DoesNotContain("tokenmarker", firstToken + secondToken);

        var action = firstPage.QuerySelector("main form[method=post]")!.GetAttribute("action")!;
        Assert.Equal(HttpStatusCode.BadRequest, (await second.PostAsync(action, new FormUrlEncodedContent([new(Token, firstToken)]))).StatusCode);
    }

    [Fact]
    public async Task A_complaint_sent_with_the_token_fetched_when_the_form_is_used_is_stored_and_acknowledged()
    {
        var (first, second) = (fixture.Site.CreateSiteClient(), fixture.Site.CreateSiteClient());
        await first.GetDocumentAsync("/requests/complaint");
        await second.GetDocumentAsync("/requests/complaint");
        var fetched = await second.GetAsync(Participation.Caching.FormToken.Path);
        Assert.Contains("no-store", fetched.Headers.CacheControl!.ToString());
        Assert.True(fetched.Headers.TryGetValues("Set-Cookie", out _));
        var (firstToken, secondToken) = (await first.FetchFormTokenAsync(), await second.FetchFormTokenAsync());
        Assert.NotEqual(firstToken, secondToken);
        var subject = "رصيف مكسور عند الحديقة العامة " + Guid.NewGuid().ToString("N")[..6];

        var sent = await second.PostAsync("/requests/complaint", Complaint(secondToken, subject));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var acknowledgement = await second.GetDocumentAsync(sent.Headers.Location!.OriginalString);
        var reference = acknowledgement.QuerySelector(".reference")!.TextContent.Trim();
        var stored = await fixture.RequestAsync(reference);
        Assert.Equal(subject, stored.Subject);
        Assert.Null(stored.UserId);

        // One visitor's token is no good with another's cookie: nothing is filed, the form comes back.
        Assert.Equal(HttpStatusCode.BadRequest, (await second.PostAsync("/requests/complaint", Complaint(firstToken, subject + " ب"))).StatusCode);
        Assert.Equal(0, await CountAsync(subject + " ب"));
        // The first visitor's own token works for them.
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostAsync("/requests/complaint", Complaint(firstToken, subject + " أيضاً"))).StatusCode);
    }

    [Theory]
    [InlineData("ar", "لم يُرسل طلبك بعد: راجعه ثم أرسله مرة أخرى.")]
    [InlineData("en", "Your request is not sent yet: check it and send it once more.")]
    public async Task A_form_sent_without_script_comes_back_with_what_was_typed_and_a_token_and_files_nothing_until_sent_again(string culture, string message)
    {
        var visitor = fixture.Site.CreateSiteClient();
        if (culture == "en") await visitor.GetAsync("/culture?culture=en&returnUrl=/");
        Assert.Equal("", FormToken(await visitor.GetDocumentAsync("/requests/complaint")));
        var subject = "إنارة الشارع معطلة " + Guid.NewGuid().ToString("N")[..6];

        // The cached page's form as a browser without script sends it: an empty token field.
        var refused = await visitor.PostAsync("/requests/complaint", Complaint("", subject));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(0, await CountAsync(subject));
        var page = await refused.ReadDocumentAsync();
        Assert.Contains(message, page.QuerySelector("#problems")!.TextContent);
        Assert.Equal(subject, page.QuerySelector("#f-Subject")!.GetAttribute("value"));
        Assert.Equal("سلمى الحربي", page.QuerySelector("#f-Name")!.GetAttribute("value"));
        Assert.Equal("نص الشكوى بالتفصيل", page.QuerySelector("#f-Message")!.TextContent);
        var token = FormToken(page);
        Assert.NotEqual("", token);

        // Sent again as it came back, it is filed once.
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.PostAsync("/requests/complaint", Complaint(token, subject))).StatusCode);
        Assert.Equal(1, await CountAsync(subject));
    }

    [Fact]
    public async Task A_refused_form_comes_back_with_its_errors_and_what_was_typed_to_that_visitor_only()
    {
        var (refused, next) = (fixture.Site.CreateSiteClient(), fixture.Site.CreateSiteClient());
        await next.GetDocumentAsync("/requests/complaint");
        await refused.GetDocumentAsync("/requests/complaint");
        var token = await refused.FetchFormTokenAsync();
        var response = await refused.PostAsync("/requests/complaint", new FormUrlEncodedContent([
            new(Token, token), new("Name", ""), new("Email", "not-an-email"), new("Category", "other"), new("Subject", "عنوان محفوظ للزائرة"), new("Message", "نص"),
        ]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Contains("اكتب اسمك.", page.QuerySelector("#f-Name-error")!.TextContent);
        Assert.Equal("عنوان محفوظ للزائرة", page.QuerySelector("#f-Subject")!.GetAttribute("value"));
        Assert.Equal("not-an-email", page.QuerySelector("#f-Email")!.GetAttribute("value"));
        Assert.NotEqual("", FormToken(page));

        // The visitors after them, and they themselves on a new visit, get the empty form.
        foreach (var client in new[] { next, fixture.Site.CreateSiteClient(), refused })
        {
            var again = await client.GetDocumentAsync("/requests/complaint");
            Assert.Null(again.QuerySelector("#problems"));
            Assert.Equal("", again.QuerySelector("#f-Subject")!.GetAttribute("value") ?? "");
        }
    }

    [Fact]
    public async Task A_department_added_in_the_admin_is_on_the_next_visitors_form()
    {
        var visitor = fixture.Site.CreateSiteClient();
        Assert.Null((await visitor.GetDocumentAsync("/requests/contact")).QuerySelector("#f-Target option[value=deputyculture]"));

        var admin = await fixture.AdminAsync();
        var saved = await admin.SubmitFormAsync("/admin/departments", new Dictionary<string, string>
        {
            ["key"] = "deputyculture", ["nameAr"] = "مكتب وكيل الوزارة للثقافة", ["nameEn"] = "Deputy Minister for Culture",
            ["email"] = "deputy.culture@agency.example", ["kind"] = "OfficialOffice", ["isActive"] = "true",
        }, "main form.editor[action='/admin/departments']");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var option = (await visitor.GetDocumentAsync("/requests/contact")).QuerySelector("#f-Target option[value=deputyculture]");
        Assert.Equal("مكتب وكيل الوزارة للثقافة", option?.TextContent);
    }

    [Fact]
    public async Task A_signed_in_persons_form_is_filled_with_their_name_and_a_visitor_never_sees_it()
    {
        var admin = await fixture.AdminAsync();
        var own = await admin.GetDocumentAsync("/requests/complaint");
        var name = own.QuerySelector("#f-Name")!.GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(name));

        var visitor = await fixture.Site.CreateSiteClient().GetDocumentAsync("/requests/complaint");
        Assert.Equal("", visitor.QuerySelector("#f-Name")!.GetAttribute("value") ?? "");
        Assert.Equal("", visitor.QuerySelector("#f-Email")!.GetAttribute("value") ?? "");
        Assert.NotNull(visitor.QuerySelector("a[href^='/account/login']"));
    }

    [Fact]
    public async Task Arabic_and_English_visitors_each_get_the_form_in_their_language()
    {
        await fixture.Site.CreateSiteClient().GetDocumentAsync("/requests/suggestion");
        var english = fixture.Site.CreateSiteClient();
        await english.GetAsync("/culture?culture=en&returnUrl=/");
        Assert.Equal("Send a suggestion", (await english.GetDocumentAsync("/requests/suggestion")).QuerySelector("main h1")!.TextContent);
        Assert.Equal("أرسل اقتراحاً", (await fixture.Site.CreateSiteClient().GetDocumentAsync("/requests/suggestion")).QuerySelector("main h1")!.TextContent);
    }
}
