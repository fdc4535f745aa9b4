using System.Net;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>Who may open what in the admin, and that forms need their antiforgery token.</summary>
public class PermissionTests(SetUpSite fixture) : IClassFixture<SetUpSite>
{
    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/contents")]
    [InlineData("/admin/users")]
    public async Task Visitors_are_sent_to_sign_in(string url)
    {
        var response = await fixture.Site.CreateSiteClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login?ReturnUrl=", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Citizens_do_not_reach_the_admin()
    {
        var citizen = await fixture.CitizenAsync();
        var response = await citizen.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Editors_edit_content_but_not_users_roles_recipes_or_settings()
    {
        var editor = await fixture.StaffAsync("Editor");

        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin/contents")).StatusCode);
        foreach (var url in new[] { "/admin/users", "/admin/roles", "/admin/recipes", "/admin/settings", "/admin/audit" })
            Assert.True((await editor.GetAsync(url)).StatusCode == HttpStatusCode.Redirect, url);

        var menu = (await editor.GetDocumentAsync("/admin")).QuerySelectorAll(".admin-menu a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/admin/contents", menu);
        Assert.DoesNotContain("/admin/users", menu);
    }

    [Fact]
    public async Task A_moderator_cannot_create_content()
    {
        var moderator = await fixture.StaffAsync("Moderator");
        Assert.Equal(HttpStatusCode.OK, (await moderator.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await moderator.GetAsync("/admin/contents/create/Page")).StatusCode);
    }

    [Fact]
    public async Task Granting_a_permission_to_a_role_takes_effect_for_its_members()
    {
        var analyst = await fixture.StaffAsync("Analyst");
        Assert.Equal(HttpStatusCode.Redirect, (await analyst.GetAsync("/admin/users")).StatusCode);

        var admin = await fixture.AdminAsync();
        var role = await admin.GetDocumentAsync("/admin/roles/Analyst");
        var granted = role.QuerySelectorAll("input[name=granted][checked]").Select(i => i.GetAttribute("value")!).Append("ManageUsers").ToList();
        var content = new FormUrlEncodedContent(granted.Select(g => new KeyValuePair<string, string>("granted", g))
            .Append(new("__RequestVerificationToken", role.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync("/admin/roles/Analyst", content)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync("/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync("/admin/audit")).StatusCode);
    }

    [Fact]
    public async Task A_post_without_its_antiforgery_token_is_refused()
    {
        var admin = await fixture.AdminAsync();
        var response = await admin.PostAsync("/admin/settings", new FormUrlEncodedContent(new Dictionary<string, string> { ["SiteName"] = "hijacked", ["SiteNameEn"] = "hijacked", ["PasswordLength"] = "10" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEqual("hijacked", (await admin.GetDocumentAsync("/")).QuerySelector(".brand")!.TextContent);
    }

    [Fact]
    public async Task The_last_administrator_keeps_the_role()
    {
        var admin = await fixture.AdminAsync();
        var users = await admin.GetDocumentAsync("/admin/users?q=admin@ministry");
        var link = users.QuerySelector("tbody a")!.GetAttribute("href")!;
        // Untick every role, Administrator included.
        var response = await admin.SubmitFormAsync(link, new Dictionary<string, string> { ["roles"] = "" }, "main form.editor");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("يحتاج الموقع إلى مدير واحد على الأقل.", (await admin.GetDocumentAsync(link)).QuerySelector(".notice-error")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/users")).StatusCode);
    }
}
