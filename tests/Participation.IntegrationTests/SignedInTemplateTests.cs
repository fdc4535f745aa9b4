using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Participation.Navigation;
using Participation.Security;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>
/// A site whose main menu has an entry only those who may open the admin see, as a module's
/// permission-gated entry would: two people with different roles must each get their own menu.
/// </summary>
public sealed class TemplateSite : IDisposable
{
    public const string Password = "Template-pass-2026";

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public SiteFactory Site { get; }

    public TemplateSite() => Site = new SiteFactory(new SiteOptions
    {
        AutoSetup = true, Clock = Clock,
        Services = services =>
        {
            services.AddSingleton<INavigationProvider, AdminMenuEntry>();
            // The SQL a traced request sends: a page served from its template with every block read from the data cache sends none.
            services.AddSingleton<SqlCommandRecorder>();
            services.ConfigureDbContext<Participation.Data.ParticipationDbContext>((sp, options) => options.AddInterceptors(sp.GetRequiredService<SqlCommandRecorder>()));
        },
    });

    public SqlCommandRecorder Recorder => Site.Services.GetRequiredService<SqlCommandRecorder>();

    public async Task<HttpClient> AdminAsync()
    {
        var client = Site.CreateSiteClient();
        await client.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);
        return client;
    }

    public async Task<List<HttpClient>> CitizensAsync(int count)
    {
        var (_, clients) = await Site.SignedInCitizensAsync(count, Password, "template");
        return clients;
    }

    public void Dispose() => Site.Dispose();

    private sealed class AdminMenuEntry : INavigationProvider
    {
        public void BuildNavigation(string menu, List<MenuItem> items)
        {
            if (menu == NavigationNames.Main) items.Add(new MenuItem { Text = "Administration", Url = "/admin", Position = "95", Permission = StandardPermissions.AccessAdminPanel });
        }
    }
}

/// <summary>
/// Signed-in people served the pages marked <c>[SharedTemplate]</c> from one template per role
/// set: each sees their own menu and posts with their own token, never another person's; an edit
/// shows on the next request; a notice is shown once and never shared.
/// </summary>
public class SignedInTemplateTests(TemplateSite fixture) : IClassFixture<TemplateSite>
{
    private const string Token = "__RequestVerificationToken";

    private static string SignOutToken(IDocument page) => page.QuerySelector($"form[action='/account/logout'] input[name={Token}]")!.GetAttribute("value")!;

    private static bool ShowsAdminEntry(IDocument page) => page.QuerySelector(".site-nav a[href='/admin']") is not null;

    [Theory]
    [InlineData("/")]
    [InlineData("/consultations")]
    [InlineData("/polls")]
    [InlineData("/ideas")]
    [InlineData("/surveys")]
    [InlineData("/results")]
    public async Task People_with_different_roles_reading_a_page_in_turn_each_get_their_own_menu_and_a_token_that_works_only_for_them(string path)
    {
        var admin = await fixture.AdminAsync();
        var citizens = await fixture.CitizensAsync(2);
        var (first, second) = (citizens[0], citizens[1]);

        var firstPage = await first.GetDocumentAsync(path);
        var adminPage = await admin.GetDocumentAsync(path);
        var secondPage = await second.GetDocumentAsync(path);
        var adminAgain = await admin.GetDocumentAsync(path);

        Assert.False(ShowsAdminEntry(firstPage));
        Assert.False(ShowsAdminEntry(secondPage));
        Assert.True(ShowsAdminEntry(adminPage));
        Assert.True(ShowsAdminEntry(adminAgain));
        Assert.All(new[] { firstPage, secondPage, adminPage }, page => Assert.NotNull(page.QuerySelector("a[href='/account']")));
        var tokens = new[] { SignOutToken(firstPage), SignOutToken(secondPage), SignOutToken(adminPage) };
        Assert.Equal(3, tokens.Distinct().Count());
        Assert.All(tokens, token => Assert.DoesNotContain("tokenmarker", token));

        // The first person's token is refused from the second; the second's own token signs them out.
        Assert.Equal(HttpStatusCode.BadRequest, (await second.PostAsync("/account/logout", new FormUrlEncodedContent([new(Token, tokens[0])]))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await second.PostAsync("/account/logout", new FormUrlEncodedContent([new(Token, tokens[1])]))).StatusCode);
        var signedOut = await second.GetDocumentAsync(path);
        Assert.NotNull(signedOut.QuerySelector("a[href='/account/login']"));
        Assert.Null(signedOut.QuerySelector("form[action='/account/logout']"));
        // And the first is still signed in, with a page of their own.
        Assert.NotNull((await first.GetDocumentAsync(path)).QuerySelector("form[action='/account/logout']"));
    }

    [Fact]
    public async Task A_new_poll_shows_on_a_signed_in_persons_next_request_and_the_vote_notice_once_to_them_only()
    {
        var (voter, other) = ((await fixture.CitizensAsync(2))[0], (await fixture.CitizensAsync(1))[0]);
        await voter.GetDocumentAsync("/polls");
        var question = "هل تؤيد تشجير شارع المدارس؟";
        Assert.DoesNotContain(question, (await other.GetDocumentAsync("/polls")).Body!.TextContent);

        var (id, pollPath) = await (await fixture.AdminAsync()).OpenPollAsync(fixture.Clock.GetUtcNow().UtcDateTime, question, ["نعم", "لا"]);
        var list = await voter.GetDocumentAsync("/polls");
        Assert.Contains(question, list.QuerySelector("main")!.TextContent);

        // A ballot posted with the token of the list page the person was served, back to that list.
        var poll = await voter.GetDocumentAsync(pollPath);
        var option = poll.QuerySelector($"#poll-{id} input[name=options]")!.GetAttribute("value")!;
        var posted = await voter.PostAsync($"/polls/{id}/vote", new FormUrlEncodedContent([new(Token, SignOutToken(list)), new("returnUrl", "/polls"), new("options", option)]));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);

        const string thanks = "شكراً لك: احتُسب صوتك.";
        Assert.Contains(thanks, (await voter.GetDocumentAsync("/polls")).QuerySelector("main .notice")?.TextContent ?? "");
        Assert.Null((await other.GetDocumentAsync("/polls")).QuerySelector("main .notice"));
        Assert.Null((await voter.GetDocumentAsync("/polls")).QuerySelector("main .notice"));
    }

    [Fact]
    public async Task A_title_that_looks_like_a_token_marker_is_shown_as_written()
    {
        var admin = await fixture.AdminAsync();
        var title = "tokenmarker ممرات tokenmarkerabcdefghijklmnopqrstuvwxyz";
        var created = await admin.SubmitFormAsync("/admin/contents/create/Consultation", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = title, ["ConsultationPart.Summary"] = "ملخص", ["ConsultationPart.Department"] = "municipal",
            ["ConsultationPart.Closes"] = fixture.Clock.GetUtcNow().UtcDateTime.AddDays(7).ToString("yyyy-MM-ddTHH:mm"),
            ["AutoroutePart.Path"] = "marker-lookalike",
        }, submitValue: "publish");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = created.Headers.Location!.OriginalString.Split('/')[3];
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitButtonFormAsync(created.Headers.Location!.OriginalString, $"/admin/contents/{id}/stage/Open")).StatusCode);

        var citizen = (await fixture.CitizensAsync(1))[0];
        for (var i = 0; i < 2; i++)
        {
            var page = await citizen.GetDocumentAsync("/consultations");
            Assert.Contains(title, page.QuerySelector("main")!.TextContent);
            Assert.DoesNotContain("tokenmarker", SignOutToken(page));
        }
    }
    [Fact]
    public async Task A_change_to_a_roles_permissions_shows_in_the_menu_of_the_shared_pages_at_once()
    {
        var admin = await fixture.AdminAsync();
        var citizen = (await fixture.CitizensAsync(1))[0];
        Assert.False(ShowsAdminEntry(await citizen.GetDocumentAsync("/polls")));

        // Every signed-in person's role is granted the admin, then it is taken back.
        var edit = await admin.GetDocumentAsync($"/admin/roles/{RoleNames.Authenticated}");
        var form = edit.QuerySelector($"form[action='/admin/roles/{RoleNames.Authenticated}']")!;
        var granted = form.QuerySelectorAll("input[name=granted]").Where(i => i.HasAttribute("checked")).Select(i => i.GetAttribute("value")!).ToList();
        async Task SaveAsync(IEnumerable<string> permissions)
        {
            var token = (await admin.GetDocumentAsync($"/admin/roles/{RoleNames.Authenticated}")).QuerySelector($"form[action='/admin/roles/{RoleNames.Authenticated}'] input[name={Token}]")!.GetAttribute("value")!;
            var saved = await admin.PostAsync($"/admin/roles/{RoleNames.Authenticated}", new FormUrlEncodedContent([new(Token, token), .. permissions.Select(p => new KeyValuePair<string, string>("granted", p))]));
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        await SaveAsync([.. granted, StandardPermissions.AccessAdminPanel.Name]);
        try
        {
            Assert.True(ShowsAdminEntry(await citizen.GetDocumentAsync("/polls")));
        }
        finally
        {
            await SaveAsync(granted);
        }
        Assert.False(ShowsAdminEntry(await citizen.GetDocumentAsync("/polls")));
    }
}
