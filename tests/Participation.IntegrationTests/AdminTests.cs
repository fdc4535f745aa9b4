using System.Net;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>Site settings, the users admin and the content list, as the administrator uses them.</summary>
public class AdminTests(SetUpSite fixture) : IClassFixture<SetUpSite>
{
    [Fact]
    public async Task Password_rules_set_in_the_admin_apply_to_new_accounts()
    {
        var admin = await fixture.AdminAsync();
        var response = await admin.SubmitFormAsync("/admin/settings", new Dictionary<string, string> { ["PasswordLength"] = "14", ["SiteNameEn"] = "Ministry of Tests" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var registration = await fixture.Site.CreateSiteClient().SubmitFormAsync("/account/register?culture=en", new Dictionary<string, string>
        {
            ["DisplayName"] = "Omar", ["Email"] = $"omar-{Guid.NewGuid():N}@mail.example", ["Password"] = "Twelve-char1", ["ConfirmPassword"] = "Twelve-char1", ["AcceptPolicy"] = "true",
        });
        Assert.Contains("The password must have at least 14 characters.", (await registration.ReadDocumentAsync()).ValidationMessages());
        Assert.Equal("Ministry of Tests", (await fixture.Site.CreateSiteClient().GetDocumentAsync("/?culture=en")).QuerySelector(".brand")!.TextContent);

        var invalid = await admin.SubmitFormAsync("/admin/settings?culture=en", new Dictionary<string, string> { ["PasswordLength"] = "3", ["SiteName"] = "" });
        var messages = (await invalid.ReadDocumentAsync()).ValidationMessages();
        Assert.Contains("Choose a length between 8 and 128.", messages);
        Assert.Contains("Enter the site name.", messages);
    }

    [Fact]
    public async Task A_locked_account_cannot_sign_in_until_unlocked()
    {
        var email = $"locked-{Guid.NewGuid():N}@mail.example";
        await fixture.CitizenAsync(email);
        var admin = await fixture.AdminAsync();
        var user = (await admin.GetDocumentAsync($"/admin/users?q={email}")).QuerySelector("tbody a")!.GetAttribute("href")!;

        await admin.SubmitButtonFormAsync(user, $"{user}/lock");
        var refused = await fixture.Site.CreateSiteClient().SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Login"] = email, ["Password"] = "Citizen-pass-1" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);

        await admin.SubmitButtonFormAsync(user, $"{user}/lock");
        await fixture.Site.CreateSiteClient().SignInAsync(email, "Citizen-pass-1");
    }

    [Fact]
    public async Task The_content_list_filters_by_status_and_title()
    {
        var admin = await fixture.AdminAsync();
        await admin.SubmitFormAsync("/admin/contents/create/Page", new Dictionary<string, string> { ["TitlePart.Title"] = "مسودة خطة النقل" }, submitValue: "save");

        var drafts = await admin.GetDocumentAsync("/admin/contents?status=Draft");
        Assert.All(drafts.QuerySelectorAll("tbody tr"), row => Assert.Contains("مسودة", row.QuerySelector(".status")!.TextContent));
        Assert.Contains("مسودة خطة النقل", drafts.QuerySelector("tbody")!.TextContent);

        var search = await admin.GetDocumentAsync("/admin/contents?q=" + Uri.EscapeDataString("الخصوصية"));
        Assert.Equal(1, search.QuerySelectorAll("tbody tr").Length);
        Assert.Empty((await admin.GetDocumentAsync("/admin/contents?status=Published&q=" + Uri.EscapeDataString("خطة النقل"))).QuerySelectorAll("tbody tr"));
    }
}

public class DepartmentAdminTests(SetUpSite fixture) : IClassFixture<SetUpSite>
{
    [Fact]
    public async Task Administrators_add_departments_with_a_key_of_their_own()
    {
        var admin = await fixture.AdminAsync();
        var page = await admin.GetDocumentAsync("/admin/departments");
        Assert.Contains("مكتب الوزير", page.QuerySelector("table")!.TextContent);

        await admin.SubmitFormAsync("/admin/departments", new Dictionary<string, string> { ["key"] = "health", ["nameAr"] = "إدارة الصحة", ["nameEn"] = "Health", ["email"] = "health@agency.example", ["kind"] = "Department" }, "form.editor");
        Assert.Contains("إدارة الصحة", (await admin.GetDocumentAsync("/admin/departments")).QuerySelector("table")!.InnerHtml);

        await admin.SubmitFormAsync("/admin/departments?culture=en", new Dictionary<string, string> { ["key"] = "health", ["nameAr"] = "مكرر", ["nameEn"] = "Duplicate", ["kind"] = "Department" }, "form.editor");
        Assert.Contains("A new department needs a key of its own", (await admin.GetDocumentAsync("/admin/departments")).QuerySelector(".notice-error")!.TextContent);
        var editor = await fixture.StaffAsync("Editor");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await editor.GetAsync("/admin/departments")).StatusCode);
    }

    /// <summary>The departments are kept in memory between requests; saving one forgets them at once.</summary>
    [Fact]
    public async Task A_mission_added_in_the_admin_is_offered_on_the_very_next_complaint_form()
    {
        var visitor = fixture.Site.CreateSiteClient();
        Assert.DoesNotContain("بعثة الاختبار", (await visitor.GetDocumentAsync("/requests/complaint")).QuerySelector("main")!.TextContent);

        var admin = await fixture.AdminAsync();
        await admin.SubmitFormAsync("/admin/departments", new Dictionary<string, string> { ["key"] = "test-mission", ["nameAr"] = "بعثة الاختبار", ["nameEn"] = "Test mission", ["email"] = "mission@agency.example", ["kind"] = "Mission" }, "form.editor");

        Assert.Contains("بعثة الاختبار", (await visitor.GetDocumentAsync("/requests/complaint")).QuerySelector("main")!.TextContent);
    }
}
