using System.Diagnostics;
using System.Text.Json;
using Participation.Testing;

namespace Participation.BrowserTests;

/// <summary>
/// The Nu HTML checker (vnu.jar from npm, on Java) over the public and admin pages in both
/// languages: the HTML the site sends is valid. Java starts slowly, so every page is checked in one run.
/// </summary>
public class NuHtmlCheckerTests
{
    private static readonly string VnuJar = Path.Combine(AppContext.BaseDirectory, "vnu.jar");

    [Fact]
    public async Task Public_and_admin_pages_are_valid_HTML_in_both_languages()
    {
        using var served = new ServedSite(new SiteOptions { AutoSetup = true, Recipe = "ParticipationSample" });
        var folder = Directory.CreateDirectory(Path.Combine(BrowserFixture.ArtifactsPath, "html")).FullName;
        foreach (var old in Directory.GetFiles(folder, "*.html")) File.Delete(old);
        var pages = new Dictionary<string, string>();

        async Task SaveAsync(HttpClient client, string url)
        {
            // 404 pages are checked too: a visitor meets them.
            var html = await (await client.GetAsync(url)).Content.ReadAsStringAsync();
            var file = Path.Combine(folder, $"page{pages.Count:000}.html");
            await File.WriteAllTextAsync(file, html);
            pages[new Uri(file).AbsoluteUri] = url;
        }

        var visitor = served.Site.CreateSiteClient();
        var admin = served.Site.CreateSiteClient();
        await admin.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);
        foreach (var culture in new[] { "ar", "en" })
        {
            foreach (var url in SitePages.Public) await SaveAsync(visitor, $"{url}?culture={culture}");
            foreach (var url in SitePages.Admin.Concat(SitePages.SampleAdmin)) await SaveAsync(admin, $"{url}?culture={culture}");
        }

        var errors = await CheckAsync(pages.Keys.Select(f => new Uri(f).LocalPath));
        var listed = errors.Select(e => $"{pages.GetValueOrDefault(e.File, e.File)} line {e.Line}: {e.Message}").ToList();
        Assert.True(listed.Count == 0, $"{listed.Count} HTML errors over {pages.Count} pages:\n" + string.Join("\n", listed.Take(60)));
    }

    private static async Task<List<(string File, int Line, string Message)>> CheckAsync(IEnumerable<string> files)
    {
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "-jar", VnuJar, "--errors-only", "--format", "json", "--exit-zero-always" }.Concat(files)) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        // vnu writes its JSON report to standard error.
        var report = await process.StandardError.ReadToEndAsync();
        await output;
        await process.WaitForExitAsync();
        using var json = JsonDocument.Parse(report);
        return json.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(m => (m.TryGetProperty("url", out var u) ? u.GetString()! : "?", m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0, m.GetProperty("message").GetString()!))
            .ToList();
    }
}
