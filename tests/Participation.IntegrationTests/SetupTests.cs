using AngleSharp.Dom;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Participation.Setup;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>The first run: the setup page, its errors, and unattended setup.</summary>
public class SetupTests
{
    private static Dictionary<string, string> Form(string password = SiteFactory.AdminPassword, string recipe = "Participation", string provider = "Sqlite", string connection = "") => new()
    {
        ["SiteName"] = "وزارة الاختبار",
        ["AdminUserName"] = SiteFactory.AdminUserName,
        ["AdminEmail"] = SiteFactory.AdminEmail,
        ["AdminPassword"] = password,
        ["Recipe"] = recipe,
        ["DatabaseProvider"] = provider,
        ["ConnectionString"] = connection,
    };

    [Fact]
    public async Task A_new_site_sends_every_page_to_setup_and_reports_itself_alive()
    {
        using var site = new SiteFactory();
        var client = site.CreateSiteClient();

        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/setup", home.Headers.Location?.OriginalString);

        var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains("not set up", await health.Content.ReadAsStringAsync());

        var setup = await client.GetDocumentAsync("/setup");
        Assert.Equal("ar", setup.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", setup.DocumentElement.GetAttribute("dir"));
        Assert.Equal("إعداد الموقع", setup.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task A_weak_password_is_refused_in_Arabic_and_nothing_is_created()
    {
        using var site = new SiteFactory();
        var client = site.CreateSiteClient();

        var response = await client.SubmitFormAsync("/setup", Form(password: "short"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Contains("يجب ألا تقل كلمة المرور عن 10 أحرف.", page.ValidationMessages());
        Assert.Equal("", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#AdminPassword")!.Value);
        Assert.Equal("وزارة الاختبار", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#SiteName")!.Value);
        Assert.Empty(Directory.GetFiles(site.DataPath));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task The_same_error_reads_in_English_when_the_visitor_chose_English()
    {
        using var site = new SiteFactory();
        var client = site.CreateSiteClient();

        var response = await client.SubmitFormAsync("/setup?culture=en", Form(password: "short"));

        var page = await response.ReadDocumentAsync();
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("The password must have at least 10 characters.", page.ValidationMessages());
    }

    [Fact]
    public async Task An_unknown_recipe_is_named_in_the_error()
    {
        using var site = new SiteFactory();
        var client = site.CreateSiteClient();

        var response = await client.SubmitFormAsync("/setup?culture=en", Form(recipe: "Blog"));

        var page = await response.ReadDocumentAsync();
        Assert.Contains("Unknown recipe 'Blog'. Choose one of the recipes offered.", page.ValidationMessages());
        Assert.Empty(Directory.GetFiles(site.DataPath));
    }

    [Fact]
    public async Task An_unreachable_PostgreSQL_server_is_reported_on_the_connection_string()
    {
        using var site = new SiteFactory();
        var client = site.CreateSiteClient();

        var response = await client.SubmitFormAsync("/setup?culture=en", Form(provider: "Postgres", connection: "Host=127.0.0.1;Port=1;Username=x;Password=y;Database=z;Timeout=3"));

        var page = await response.ReadDocumentAsync();
        var error = page.QuerySelector("#ConnectionString-error")!.TextContent;
        Assert.StartsWith("Could not connect to the database:", error);
        Assert.DoesNotContain("Password=y", error);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Setup_creates_the_site_signs_the_administrator_in_and_cannot_run_twice()
    {
        using var site = new SiteFactory();
        var client = site.CreateSiteClient();

        var response = await client.SubmitFormAsync("/setup", Form(recipe: "ParticipationSample"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location?.OriginalString);
        var dashboard = await client.GetDocumentAsync("/admin");
        Assert.Equal("لوحة المعلومات", dashboard.QuerySelector("h1")!.TextContent);

        var home = await client.GetDocumentAsync("/");
        Assert.Equal("وزارة الاختبار", home.QuerySelector(".brand")!.TextContent);
        Assert.NotNull(home.QuerySelector("footer a[href='/participation-policy']"));
        Assert.Equal("سياسة المشاركة", (await client.GetDocumentAsync("/participation-policy")).QuerySelector("h1")!.TextContent);
        Assert.Equal("How to take part", (await client.GetDocumentAsync("/how-to-take-part?culture=en")).QuerySelector("h1")!.TextContent);

        // A second setup finds no page, and the service itself refuses.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/setup")).StatusCode);
        var again = await site.Services.GetRequiredService<ISetupService>().SetupAsync(new SetupContext
        {
            SiteName = "x", AdminUserName = "other", AdminEmail = "other@example.org", AdminPassword = SiteFactory.AdminPassword, Recipe = "Participation",
        });
        Assert.False(again.Succeeded);
        Assert.True(again.Errors.ContainsKey(""));
    }

    [Fact]
    public async Task Configuration_sets_the_site_up_unattended()
    {
        using var site = new SiteFactory(new SiteOptions { AutoSetup = true, Recipe = "Participation" });
        var client = site.CreateSiteClient();

        var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains("\"status\":\"Healthy\"", await health.Content.ReadAsStringAsync());

        await client.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
    }
}
