using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Participation.Requests.Models;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>
/// The request forms served to visitors from one shared template (<c>[SharedTemplate(Visitors = true)]</c>):
/// each visitor gets a token of their own that works only with their own cookie, the form still
/// files a request, an admin's change shows on the next visit, a refused form comes back with its
/// errors and what was typed to that visitor only, and a signed-in person's name never reaches a visitor.
/// </summary>
public class SharedFormTemplateTests(RequestSite fixture) : IClassFixture<RequestSite>
{
    private const string Token = "__RequestVerificationToken";

    private static string FormToken(IDocument page) => page.QuerySelector($"main form[method=post] input[name={Token}]")!.GetAttribute("value")!;

    private static FormUrlEncodedContent Complaint(string token, string subject) => new([
        new(Token, token), new("Name", "سلمى الحربي"), new("Email", "salma@mail.example"), new("Category", "other"),
        new("Subject", subject), new("Message", "نص الشكوى بالتفصيل"),
    ]);

    [Theory]
    [InlineData("/requests/complaint")]
    [InlineData("/requests/suggestion")]
    [InlineData("/requests/contact")]
    [InlineData("/requests/track")]
    public async Task Two_visitors_each_get_a_token_of_their_own_that_works_only_with_their_own_cookie(string path)
    {
        var (first, second) = (fixture.Site.CreateSiteClient(), fixture.Site.CreateSiteClient());
        var firstPage = await first.GetDocumentAsync(path);
        var secondPage = await second.GetDocumentAsync(path);
        var (firstToken, secondToken) = (FormToken(firstPage), FormToken(secondPage));
        Assert.NotEqual(firstToken, secondToken);
        Assert.DoesNotContain("tokenmarker", firstToken + secondToken);
        Assert.Equal(firstPage.QuerySelector("main h1")!.TextContent, secondPage.QuerySelector("main h1")!.TextContent);

        // The first visitor's token is refused with the second's cookie.
        var action = firstPage.QuerySelector("main form[method=post]")!.GetAttribute("action")!;
        Assert.Equal(HttpStatusCode.BadRequest, (await second.PostAsync(action, new FormUrlEncodedContent([new(Token, firstToken)]))).StatusCode);
    }

    [Fact]
    public async Task A_complaint_filed_from_the_shared_form_is_stored_and_acknowledged()
    {
        var (first, second) = (fixture.Site.CreateSiteClient(), fixture.Site.CreateSiteClient());
        var firstToken = FormToken(await first.GetDocumentAsync("/requests/complaint"));
        var secondToken = FormToken(await second.GetDocumentAsync("/requests/complaint"));
        var subject = "رصيف مكسور عند الحديقة العامة";

        var sent = await second.PostAsync("/requests/complaint", Complaint(secondToken, subject));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var acknowledgement = await second.GetDocumentAsync(sent.Headers.Location!.OriginalString);
        var reference = acknowledgement.QuerySelector(".reference")!.TextContent.Trim();
        var stored = await fixture.RequestAsync(reference);
        Assert.Equal(subject, stored.Subject);
        Assert.Null(stored.UserId);

        // The first visitor's own token still works for them.
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostAsync("/requests/complaint", Complaint(firstToken, subject + " أيضاً"))).StatusCode);
    }

    [Fact]
    public async Task A_refused_form_comes_back_with_its_errors_and_what_was_typed_to_that_visitor_only()
    {
        var (refused, next) = (fixture.Site.CreateSiteClient(), fixture.Site.CreateSiteClient());
        await next.GetDocumentAsync("/requests/complaint");
        var token = FormToken(await refused.GetDocumentAsync("/requests/complaint"));
        var response = await refused.PostAsync("/requests/complaint", new FormUrlEncodedContent([
            new(Token, token), new("Name", ""), new("Email", "not-an-email"), new("Category", "other"), new("Subject", "عنوان محفوظ للزائرة"), new("Message", "نص"),
        ]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Contains("اكتب اسمك.", page.QuerySelector("#f-Name-error")!.TextContent);
        Assert.Equal("عنوان محفوظ للزائرة", page.QuerySelector("#f-Subject")!.GetAttribute("value"));
        Assert.Equal("not-an-email", page.QuerySelector("#f-Email")!.GetAttribute("value"));
        Assert.DoesNotContain("tokenmarker", FormToken(page));

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
