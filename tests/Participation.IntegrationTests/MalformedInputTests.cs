using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>
/// Values no form of the site sends — a checkbox that is not a boolean, a number past its type,
/// a day past the calendar — get the localised 400 page, never a server error.
/// </summary>
public partial class MalformedInputTests(InputSite fixture) : IClassFixture<InputSite>
{
    private const string BadRequestTitle = "تعذّرت قراءة الطلب";

    [Fact]
    public async Task A_checkbox_that_is_not_a_boolean_answers_400_with_the_localised_message()
    {
        var logged = fixture.Log.Errors.Count;
        var visitor = fixture.Site.CreateSiteClient();
        var login = await visitor.SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Login"] = "someone", ["Password"] = "x", ["RememberMe"] = "abc" });
        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
        Assert.Contains(BadRequestTitle, (await login.ReadDocumentAsync()).QuerySelector("h1")!.TextContent);

        var register = await visitor.SubmitFormAsync("/account/register", new Dictionary<string, string>
        {
            ["DisplayName"] = "مواطن", ["Email"] = "abc@mail.example", ["Password"] = "Citizen-pass-1", ["ConfirmPassword"] = "Citizen-pass-1", ["AcceptPolicy"] = "abc",
        });
        Assert.Equal(HttpStatusCode.BadRequest, register.StatusCode);

        var admin = await fixture.AdminAsync();
        var settings = await admin.SubmitFormAsync("/admin/settings", new Dictionary<string, string> { ["AllowRegistration"] = "abc" });
        Assert.Equal(HttpStatusCode.BadRequest, settings.StatusCode);
        var page = await admin.SubmitFormAsync("/admin/contents/create/Page", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "صفحة", ["AutoroutePart.Path"] = "malformed-page", ["CommentsPart.Enabled"] = "abc",
        }, submitValue: "publish");
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains(BadRequestTitle, (await page.ReadDocumentAsync()).QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/malformed-page")).StatusCode);
        Assert.Empty(fixture.Log.Errors.Skip(logged));
    }

    [Fact]
    public async Task The_language_switch_sends_an_address_to_another_site_home()
    {
        var logged = fixture.Log.Errors.Count;
        var visitor = fixture.Site.CreateSiteClient();
        foreach (var returnUrl in new[] { "/%5Cevil.example", "//evil.example", "/%09/evil.example", "https://evil.example" })
        {
            var response = await visitor.GetAsync($"/culture?culture=en&returnUrl={returnUrl}");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/", response.Headers.Location!.OriginalString);
        }
        var local = await visitor.GetAsync("/culture?culture=ar&returnUrl=%2Frequests%3Fx%3D1");
        Assert.Equal("/requests?x=1", local.Headers.Location!.OriginalString);
        Assert.Empty(fixture.Log.Errors.Skip(logged));
    }

    [Fact]
    public async Task Filters_past_the_calendar_answer_400()
    {
        var logged = fixture.Log.Errors.Count;
        var admin = await fixture.AdminAsync();
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/admin/moderation?olderThanHours=2147483647")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/admin/moderation?olderThanHours=-5")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/moderation?olderThanHours=48")).StatusCode);
        var figures = await admin.GetAsync("/admin/requests/figures?from=0001-01-01&to=9999-12-31");
        Assert.Equal(HttpStatusCode.BadRequest, figures.StatusCode);
        Assert.Contains(BadRequestTitle, (await figures.ReadDocumentAsync()).QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/requests/figures?from=2026-01-01&to=2026-03-31")).StatusCode);
        Assert.Empty(fixture.Log.Errors.Skip(logged));
    }

    // What an attacker's tools put in fields: not numbers, numbers past every type, not booleans,
    // days that do not exist, text far past any limit, a NUL, direction controls.
    private static readonly string[] Garbage =
    [
        "abc", "99999999999999999999999", "-2147483649", "2026-13-45T25:61", new string('ب', 100_000), "\u0000", "\u202E\u2066evil\u2069", "1e309",
    ];

    // Forms that would end the fuzzing session or destroy what the next forms need.
    [GeneratedRegex("logout|delete|remove|recipe|password|anonymi|erase|purge", RegexOptions.IgnoreCase)]
    private static partial Regex Destructive();

    [GeneratedRegex(@"\.(pdf|csv|xlsx|docx|png|jpg)$|/files/|/documents/|export|download|logout|report\.", RegexOptions.IgnoreCase)]
    private static partial Regex NotAPage();

    [GeneratedRegex(@"[0-9a-f]{26,32}|\d+")]
    private static partial Regex Identifier();

    [Fact]
    public async Task Garbage_in_any_field_of_any_form_is_never_a_server_error()
    {
        var logged = fixture.Log.Errors.Count;
        var failures = new List<string>();
        var admin = await fixture.AdminAsync();
        var seeds = new[]
        {
            "/", "/account/login", "/account/register", "/account/forgot-password", "/requests", "/requests/suggestion", "/requests/complaint", "/requests/contact", "/requests/track",
        };
        var adminSeeds = new[] { "/admin", "/admin/settings", "/admin/users", "/admin/users/create", "/admin/contents", "/admin/contents/create/Page", "/admin/moderation", "/admin/requests", "/admin/requests/figures" };
        var posts = 0;
        posts += await FuzzAsync(fixture.Site.CreateSiteClient(), seeds, maxPages: 25, maxPosts: 150, failures);
        posts += await FuzzAsync(admin, [.. adminSeeds, .. seeds], maxPages: 45, maxPosts: 300, failures);

        Assert.True(posts > 100, $"Only {posts} posts were made: the crawl found too few forms.");
        Assert.Empty(failures);
        Assert.Empty(fixture.Log.Errors.Skip(logged));
    }

    private static async Task<int> FuzzAsync(HttpClient client, IEnumerable<string> seeds, int maxPages, int maxPosts, List<string> failures)
    {
        var queue = new Queue<string>(seeds);
        var seen = new HashSet<string>(queue);
        var shapes = new HashSet<string>();
        var forms = new List<(string Page, IHtmlFormElement Form)>();
        for (var pages = 0; queue.Count > 0 && pages < maxPages; pages++)
        {
            var url = queue.Dequeue();
            var response = await client.GetAsync(url);
            if ((int)response.StatusCode >= 500) { failures.Add($"GET {url} → {(int)response.StatusCode}"); continue; }
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            var document = await response.ReadDocumentAsync();
            foreach (var href in document.QuerySelectorAll("a[href^='/']").Select(a => a.GetAttribute("href")!.Split('#')[0]))
                if (href.Length > 0 && !href.StartsWith("//") && !NotAPage().IsMatch(href) && seen.Add(href)) queue.Enqueue(href);
            foreach (var form in document.QuerySelectorAll<IHtmlFormElement>("form"))
            {
                if (!string.Equals(form.Method, "post", StringComparison.OrdinalIgnoreCase)) continue;
                var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? url : form.GetAttribute("action")!;
                if (Destructive().IsMatch(action)) continue;
                var shape = Identifier().Replace(action.Split('?')[0], "#") + "|" + string.Join(",", Fields(form).Select(f => f.Name).Order());
                if (shapes.Add(shape)) forms.Add((url, form));
            }
        }

        var posts = 0;
        foreach (var (page, form) in forms)
        {
            var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? page : form.GetAttribute("action")!;
            var fields = Fields(form).ToList();
            var names = fields.Select(f => f.Name).Where(n => n != "__RequestVerificationToken").Distinct().ToList();
            var attempts = new List<Dictionary<string, string>>();
            // Each field in turn with one kind of garbage, then every field at once with each kind.
            for (var i = 0; i < names.Count; i++) attempts.Add(new() { [names[i]] = Garbage[(i + posts) % Garbage.Length] });
            foreach (var garbage in Garbage) attempts.Add(names.ToDictionary(n => n, _ => garbage));
            foreach (var attempt in attempts)
            {
                if (posts >= maxPosts) return posts;
                var values = fields.Where(f => f.Value is not null && !attempt.ContainsKey(f.Name)).Select(f => new KeyValuePair<string, string>(f.Name, f.Value!))
                    .Concat(attempt.Select(a => new KeyValuePair<string, string>(a.Key, a.Value)));
                var content = new MultipartFormDataContent();
                foreach (var (name, value) in values) content.Add(new StringContent(value), name);
                var response = await client.PostAsync(action, content);
                posts++;
                if ((int)response.StatusCode >= 500)
                    failures.Add($"POST {action} ({page}) {string.Join(", ", attempt.Select(a => $"{a.Key}={Describe(a.Value)}"))} → {(int)response.StatusCode}");
            }
        }
        return posts;
    }

    /// <summary>The form's fields and what a browser would send for each (null: nothing, an unchecked box).</summary>
    private static IEnumerable<(string Name, string? Value)> Fields(IHtmlFormElement form)
    {
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not ("submit" or "button" or "file" or "image" or "reset"):
                    // An unchecked box sends nothing; it is still a field to fill with garbage.
                    yield return (input.Name, input.Type is not ("checkbox" or "radio") || input.IsChecked ? input.Value : null);
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    yield return (select.Name, select.Value ?? "");
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    yield return (area.Name, area.Value);
                    break;
                case IHtmlButtonElement button when !string.IsNullOrEmpty(button.Name) && button == form.Elements.OfType<IHtmlButtonElement>().First(b => !string.IsNullOrEmpty(b.Name)):
                    yield return (button.Name, button.Value);
                    break;
            }
        }
    }

    private static string Describe(string value) => value.Length > 40 ? $"({value.Length} chars)" : Uri.EscapeDataString(value);
}
