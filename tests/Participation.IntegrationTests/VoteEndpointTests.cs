using System.Net;
using System.Text.Json;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>
/// The vote as people meet it since it left MVC (<c>VoteEndpoint</c>): a signed-in person's ballot
/// counted and answered with the results, a second ballot told so, a post without its token or
/// from a visitor or a signed-out cookie refused and not counted, a token pair accepted once
/// (kept by <c>RememberingAntiforgery</c>) still refused to another person, and a form posted without
/// script sent back to the poll with its notice, never to another site.
/// </summary>
public class VoteEndpointTests(PollSite fixture) : IClassFixture<PollSite>
{
    private const string Password = "Voter-pass-2026";
    private const string AlreadyVoted = "سبق أن صوّتَّ في استطلاع الرأي هذا.";

    [Fact]
    public async Task A_signed_in_persons_ballot_is_counted_and_answered_with_the_results_and_a_second_one_is_told_so()
    {
        var (id, path) = await fixture.OpenPollAsync("هل تؤيد إنشاء ممشى على الواجهة البحرية؟", ["نعم", "لا"]);
        var voter = (await fixture.VotersAsync(1))[0];
        var options = await fixture.OptionIdsAsync(voter, path);
        var token = await TokenAsync(voter, path, id);

        var (status, body) = await ScriptBallotAsync(voter, id, token, options[1]);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, body.GetProperty("voters").GetInt64());
        Assert.Equal([0L, 1L], body.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("count").GetInt64()));

        (status, body) = await ScriptBallotAsync(voter, id, token, options[0]);
        Assert.Equal((HttpStatusCode.UnprocessableEntity, AlreadyVoted), (status, body.GetProperty("error").GetString()));
        Assert.Equal(1, (await fixture.ResultsAsync(voter, id)).GetProperty("voters").GetInt64());
    }

    [Fact]
    public async Task A_ballot_without_its_token_from_a_visitor_or_from_a_signed_out_cookie_is_refused_and_not_counted()
    {
        var (id, path) = await fixture.OpenPollAsync("هل تؤيد إغلاق الشارع للمشاة يوم الجمعة؟", ["نعم", "لا"]);
        var voter = (await fixture.VotersAsync(1))[0];
        var options = await fixture.OptionIdsAsync(voter, path);

        // The form's token missing: refused as MVC's antiforgery filter refused it.
        using (var request = new HttpRequestMessage(HttpMethod.Post, $"/polls/{id}/vote") { Content = new FormUrlEncodedContent([new("options", options[0])]) })
        {
            request.Headers.Accept.ParseAdd("application/json");
            Assert.Equal(HttpStatusCode.BadRequest, (await voter.SendAsync(request)).StatusCode);
        }

        // A visitor is sent to sign in.
        var visitor = fixture.Site.CreateSiteClient();
        var anonymous = await visitor.PostAsync($"/polls/{id}/vote", new FormUrlEncodedContent([new("options", options[0])]));
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/login", anonymous.Headers.Location!.PathAndQuery);

        // A cookie copied before its owner signed out no longer votes: the stamp is checked on the vote too.
        var login = (await fixture.Site.CreateCitizensAsync(1, Password, "signedout"))[0];
        var owner = fixture.Site.CreateSiteClient();
        var cookie = await CopiedCookies.SignInCopyingCookieAsync(owner, login, Password);
        await owner.SubmitFormAsync("/account", new Dictionary<string, string>(), "main form[action='/account/logout']");
        var replay = fixture.Site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using (var request = new HttpRequestMessage(HttpMethod.Post, $"/polls/{id}/vote") { Content = new FormUrlEncodedContent([new("options", options[0])]) })
        {
            request.Headers.Add("Cookie", cookie);
            CopiedCookies.AssertSentToSignIn(await replay.SendAsync(request));
        }

        Assert.Equal(0, (await fixture.ResultsAsync(voter, id)).GetProperty("voters").GetInt64());
    }

    [Fact]
    public async Task A_form_posted_without_script_goes_back_to_the_poll_with_its_notice_and_never_to_another_site()
    {
        var (id, path) = await fixture.OpenPollAsync("هل تؤيد زيادة مواقف الدراجات؟", ["نعم", "لا"]);
        var voters = await fixture.VotersAsync(2);
        var options = await fixture.OptionIdsAsync(voters[0], path);

        var counted = await PollSite.VoteAsync(voters[0], path, id, options[0]);
        Assert.Equal(HttpStatusCode.Redirect, counted.StatusCode);
        Assert.Equal(path + "#poll-" + id, counted.Headers.Location!.OriginalString);
        Assert.Equal("شكراً لك: احتُسب صوتك.", await PollSite.NoticeAfterAsync(voters[0], counted));
        Assert.Equal(AlreadyVoted, await PollSite.NoticeAfterAsync(voters[0], await PollSite.VoteAsync(voters[0], path, id, options[1])));

        var token = await TokenAsync(voters[1], path, id);
        var offSite = await voters[1].PostAsync($"/polls/{id}/vote", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("options", options[1]), new("returnUrl", "//evil.example/phish")]));
        Assert.Equal(HttpStatusCode.Redirect, offSite.StatusCode);
        Assert.Equal(path + "#poll-" + id, offSite.Headers.Location!.OriginalString);
        Assert.Equal(2, (await fixture.ResultsAsync(voters[0], id)).GetProperty("voters").GetInt64());
    }

    [Fact]
    public async Task A_token_pair_the_site_has_accepted_is_still_refused_to_another_person()
    {
        var (id, path) = await fixture.OpenPollAsync("هل تؤيد تظليل مواقف الحافلات؟", ["نعم", "لا"]);
        var logins = await fixture.Site.CreateCitizensAsync(2, Password, "pair");
        var owner = await CopiedCookies.SignInCopyingCookieAsync(fixture.Site.CreateSiteClient(), logins[0], Password);
        var other = await CopiedCookies.SignInCopyingCookieAsync(fixture.Site.CreateSiteClient(), logins[1], Password);
        var client = fixture.Site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var page = await SendAsync(client, HttpMethod.Get, path, owner);
        var antiforgery = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".Participation.Antiforgery=", StringComparison.Ordinal)).Split(';')[0];
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync());
        var token = html.QuerySelector($"#poll-{id} input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var option = html.QuerySelector(".poll-table tr[data-option]")!.GetAttribute("data-option")!;

        using (var counted = await SendAsync(client, HttpMethod.Post, $"/polls/{id}/vote", owner + "; " + antiforgery, token, option))
            Assert.Equal(HttpStatusCode.OK, counted.StatusCode);
        // The owner's pair is now remembered as valid; the same pair under another person's cookie is not theirs.
        using (var stolen = await SendAsync(client, HttpMethod.Post, $"/polls/{id}/vote", other + "; " + antiforgery, token, option))
            Assert.Equal(HttpStatusCode.BadRequest, stolen.StatusCode);
        using (var again = await SendAsync(client, HttpMethod.Post, $"/polls/{id}/vote", owner + "; " + antiforgery, token, option))
            Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Equal(1, (await fixture.ResultsAsync(fixture.Site.CreateSiteClient(), id)).GetProperty("voters").GetInt64());
    }

    /// <summary>
    /// A page read again hands the token kept for the browser's cookie and its person
    /// (<c>RememberingAntiforgery</c>): it still counts their vote, the page is still marked no-store,
    /// and another person sending the same antiforgery cookie is handed a token of their own, never it.
    /// </summary>
    [Fact]
    public async Task A_token_handed_again_to_a_persons_next_page_still_counts_and_is_never_handed_to_another_with_the_same_cookie()
    {
        var (id, path) = await fixture.OpenPollAsync("هل تؤيد إضافة مسار للدراجات في الحي؟", ["نعم", "لا"]);
        var logins = await fixture.Site.CreateCitizensAsync(2, Password, "again");
        var owner = await CopiedCookies.SignInCopyingCookieAsync(fixture.Site.CreateSiteClient(), logins[0], Password);
        var other = await CopiedCookies.SignInCopyingCookieAsync(fixture.Site.CreateSiteClient(), logins[1], Password);
        var client = fixture.Site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        string antiforgery;
        using (var first = await SendAsync(client, HttpMethod.Get, path, owner))
            antiforgery = first.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".Participation.Antiforgery=", StringComparison.Ordinal)).Split(';')[0];

        async Task<(string Token, string Option)> ReadAsync(string signIn)
        {
            using var page = await SendAsync(client, HttpMethod.Get, path, signIn + "; " + antiforgery);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.True(page.Headers.CacheControl?.NoStore, "a page carrying a person's token is marked no-store");
            Assert.False(page.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(".Participation.Antiforgery=", StringComparison.Ordinal)));
            var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync());
            return (html.QuerySelector($"#poll-{id} input[name=__RequestVerificationToken]")!.GetAttribute("value")!, html.QuerySelector($"#poll-{id} input[name=options]")!.GetAttribute("value")!);
        }
        var (ownerToken, option) = await ReadAsync(owner);
        var (ownerAgain, _) = await ReadAsync(owner);
        var (otherToken, _) = await ReadAsync(other);
        Assert.NotEqual(ownerAgain, otherToken);
        Assert.NotEqual(ownerToken, otherToken);

        using (var stolen = await SendAsync(client, HttpMethod.Post, $"/polls/{id}/vote", other + "; " + antiforgery, ownerAgain, option))
            Assert.Equal(HttpStatusCode.BadRequest, stolen.StatusCode);
        using (var counted = await SendAsync(client, HttpMethod.Post, $"/polls/{id}/vote", owner + "; " + antiforgery, ownerAgain, option))
            Assert.Equal(HttpStatusCode.OK, counted.StatusCode);
        using (var theirs = await SendAsync(client, HttpMethod.Post, $"/polls/{id}/vote", other + "; " + antiforgery, otherToken, option))
            Assert.Equal(HttpStatusCode.OK, theirs.StatusCode);
        Assert.Equal(2, (await fixture.ResultsAsync(fixture.Site.CreateSiteClient(), id)).GetProperty("voters").GetInt64());
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string cookies, string? token = null, string? option = null)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add("Cookie", cookies);
        if (token is not null) request.Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("options", option!)]);
        request.Headers.Accept.ParseAdd("application/json");
        return client.SendAsync(request);
    }

    private static async Task<string> TokenAsync(HttpClient client, string path, string id)
        => (await client.GetDocumentAsync(path)).QuerySelector($"#poll-{id} input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    private static async Task<(HttpStatusCode Status, JsonElement Body)> ScriptBallotAsync(HttpClient client, string id, string token, string option)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/polls/{id}/vote") { Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("options", option)]) };
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await client.SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }
}
