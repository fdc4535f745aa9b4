using System.Net;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>A sample site from the ParticipationSample recipe, shared by the home page tests.</summary>
public sealed class SampleSite : IDisposable
{
    public SiteFactory Site { get; } = new(new SiteOptions { AutoSetup = true, Recipe = "ParticipationSample" });

    public void Dispose() => Site.Dispose();
}

/// <summary>The home page a citizen lands on: what is open now, what was decided, a search, who runs the site and how to reach them.</summary>
public class HomePageTests(SampleSite fixture) : IClassFixture<SampleSite>
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task The_home_page_shows_what_is_open_now_what_was_decided_and_a_search()
    {
        var home = await fixture.Site.CreateSiteClient().GetDocumentAsync("/");

        var open = home.QuerySelector("[data-home-zone=open]")!;
        var consultation = open.QuerySelectorAll(".home-list li").Single(li => li.TextContent.Contains("ممرات مشاة مظللة"));
        Assert.NotNull(consultation.QuerySelector("a[href='/shaded-walkways']"));
        Assert.NotNull(consultation.QuerySelector(".time-left"));
        Assert.NotNull(open.QuerySelector("a[href='/park-hours-poll']"));
        // Closed, decided and archived items are not "open now".
        Assert.Null(open.QuerySelector("a[href='/library-evening-hours'], a[href='/bus-stop-shelters'], a[href='/library-services-poll']"));
        Assert.NotNull(home.QuerySelector("[data-home-zone=outcomes] a[href='/bus-stop-shelters']"));

        var search = home.QuerySelector("form[role=search]")!;
        Assert.Equal("/consultations", search.GetAttribute("action"));
        Assert.Equal("get", search.GetAttribute("method"));
        Assert.NotNull(search.QuerySelector("input[name=q]"));
        Assert.Contains("وزارة نموذجية", home.QuerySelector(".hero")!.TextContent);

        var english = await fixture.Site.CreateSiteClient().GetDocumentAsync("/?culture=en");
        Assert.Contains("Sample Ministry", english.QuerySelector(".hero")!.TextContent);
        Assert.NotNull(english.QuerySelector("[data-home-zone=open] a[href='/shaded-walkways']"));
    }

    [Fact]
    public async Task The_agency_logo_and_contact_details_set_in_the_admin_show_on_every_public_page()
    {
        var admin = fixture.Site.CreateSiteClient();
        await admin.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);

        // A program renamed .png is refused by its first bytes, and nothing else is lost.
        var refused = await admin.SubmitFormWithFilesAsync("/admin/settings", new Dictionary<string, string> { ["ContactPhone"] = "920000000" }, [("logo", "logo.png", "MZ\u0090\0 not a picture"u8.ToArray())]);
        var page = await refused.ReadDocumentAsync();
        Assert.Contains("يجب أن يكون الشعار صورة PNG أو JPEG.", page.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("920000000", page.QuerySelector("#ContactPhone")!.GetAttribute("value"));

        var saved = await admin.SubmitFormWithFilesAsync("/admin/settings", new Dictionary<string, string>
        {
            ["ContactPhone"] = "920 000 000", ["ContactAddress"] = "الرياض، طريق الملك فهد", ["ContactAddressEn"] = "King Fahd Road, Riyadh", ["SupportEmail"] = "care@ministry.example",
        }, [("logo", "شعار.png", Png)]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var visitor = fixture.Site.CreateSiteClient();
        var home = await visitor.GetDocumentAsync("/");
        var logo = home.QuerySelector(".hero img.agency-logo")!.GetAttribute("src")!;
        Assert.StartsWith("/site/logo?v=", logo);
        var image = await visitor.GetAsync(logo);
        Assert.Equal("image/png", image.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Png, await image.Content.ReadAsByteArrayAsync());
        Assert.Contains("immutable", image.Headers.CacheControl!.Extensions.Select(e => e.Name));

        var footer = (await visitor.GetDocumentAsync("/polls")).QuerySelector(".site-footer address")!;
        Assert.Contains("الرياض، طريق الملك فهد", footer.TextContent);
        Assert.NotNull(footer.QuerySelector("a[href='tel:920000000']"));
        Assert.NotNull(footer.QuerySelector("a[href='mailto:care@ministry.example']"));
        Assert.Contains("King Fahd Road, Riyadh", (await visitor.GetDocumentAsync("/polls?culture=en")).QuerySelector(".site-footer address")!.TextContent);
    }
}
