using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Data;
using Participation.Requests.Models;
using Participation.Testing;
using Participation.Transparency;
using Participation.Transparency.Models;

namespace Participation.IntegrationTests;

/// <summary>
/// «البيانات المفتوحة»: the ZIP of every module's datasets, under the licence chosen, with no
/// group small enough to point at a person; the paged JSON API over the same rows.
/// </summary>
public class OpenDataTests(RequestSite fixture) : IClassFixture<RequestSite>
{
    private SiteFactory Site => fixture.Site;
    private static readonly string[] PersonalWords = ["email", "mail", "name", "phone", "mobile", "user", "author", "respondent", "ip"];

    private async Task<HttpClient> ChooseAsync(string licence, int threshold = 5)
    {
        var admin = await fixture.AdminAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync("/admin/open-data", new Dictionary<string, string> { ["licence"] = licence, ["threshold"] = threshold.ToString(CultureInfo.InvariantCulture) }, "form[action='/admin/open-data/settings']")).StatusCode);
        return admin;
    }

    private static async Task RebuildAsync(HttpClient admin)
        => Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitButtonFormAsync("/admin/open-data", "/admin/open-data/rebuild")).StatusCode);

    private IReadOnlyList<IOpenDataset> Datasets()
    {
        using var scope = Site.Services.CreateScope();
        return [.. scope.ServiceProvider.GetServices<IOpenDataset>()];
    }

    [Fact]
    public async Task Without_a_licence_nothing_is_published_and_the_page_and_the_api_say_so()
    {
        var admin = await ChooseAsync("");
        var builds = await fixture.QueryAsync(db => db.Set<OpenDataBuild>().CountAsync());
        await RebuildAsync(admin);
        Assert.Contains("لم يُبنَ شيء: اختر رخصة أولاً", (await admin.GetDocumentAsync("/admin/open-data")).Body!.TextContent);
        Assert.Equal(builds, await fixture.QueryAsync(db => db.Set<OpenDataBuild>().CountAsync()));

        var visitor = Site.CreateSiteClient();
        var english = await visitor.GetDocumentAsync("/open-data?culture=en");
        Assert.Equal("No licence has been chosen for the open data, so nothing is published.", english.QuerySelector("#open-data-unpublished")!.TextContent.Trim());
        Assert.Null(english.QuerySelector("a[href='/open-data/open-data.zip']"));
        var arabic = await Site.CreateSiteClient().GetDocumentAsync("/open-data"); // a new visitor: the first one chose English
        Assert.Contains("لم تُختر رخصة", arabic.QuerySelector("#open-data-unpublished")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/open-data/open-data.zip")).StatusCode);
        foreach (var url in new[] { "/api/open-data?culture=en", "/api/open-data/requests?culture=en" })
        {
            var api = await visitor.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
            Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);
            Assert.Contains("No licence has been chosen", JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task The_zip_holds_each_dataset_as_csv_json_and_readme_without_personal_data_or_small_groups()
    {
        // Six complaints of one kind, category and month: a group published. Two suggestions: a group withheld.
        var filer = Site.CreateSiteClient();
        for (var i = 0; i < 6; i++) await fixture.FileAsync(filer, "complaint", $"od-c{i}-{Guid.NewGuid():N}@mail.example", $"شكوى الرصيف {i}", new() { ["Category"] = "public-spaces" });
        for (var i = 0; i < 2; i++) await fixture.FileAsync(filer, "suggestion", $"od-s{i}-{Guid.NewGuid():N}@mail.example", $"اقتراح الحديقة {i}", new() { ["Category"] = "public-spaces" });
        var admin = await ChooseAsync("cc-by-4.0");
        await RebuildAsync(admin);

        var page = await Site.CreateSiteClient().GetDocumentAsync("/open-data?culture=en");
        Assert.NotNull(page.QuerySelector("a[href='/open-data/open-data.zip']"));
        Assert.Contains("fewer than 5 people", page.QuerySelector(".open-data-facts")!.TextContent);
        var download = await Site.CreateSiteClient().GetAsync("/open-data/open-data.zip");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        using var zip = new ZipArchive(new MemoryStream(await download.Content.ReadAsByteArrayAsync()));
        Assert.Contains("Creative Commons Attribution 4.0", Read(zip, "LICENSE"));
        Assert.Contains("fewer than 5 people is left empty", Read(zip, "README.md"));

        var tables = new Dictionary<string, List<Dictionary<string, string>>>();
        foreach (var dataset in Datasets())
        {
            var bytes = ReadBytes(zip, $"{dataset.Name}.csv");
            Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
            using var csv = CsvReader.Create(bytes, new CsvReaderOptions { HasHeader = true });
            await csv.ReadHeaderAsync();
            var header = csv.Headers.ToList();
            Assert.Equal(dataset.Columns.Select(c => c.Name), header);
            Assert.DoesNotContain(header, h => PersonalWords.Any(w => h.Split('_').Contains(w)));
            var rows = new List<Dictionary<string, string>>();
            while (await csv.ReadAsync()) rows.Add(dataset.Columns.ToDictionary(c => c.Name, c => csv.GetString(c.Name)));
            foreach (var column in dataset.Columns.Where(c => c.Kind == OpenDataColumnKind.PeopleCount))
                Assert.All(rows, r => Assert.True(r[column.Name] == "" || long.Parse(r[column.Name], CultureInfo.InvariantCulture) is 0 or >= 5, $"{dataset.Name}.{column.Name} = {r[column.Name]}"));
            Assert.Equal(rows.Count, JsonDocument.Parse(Read(zip, $"{dataset.Name}.json")).RootElement.GetProperty("rows").GetArrayLength());
            var readme = Read(zip, $"{dataset.Name}.README.md");
            Assert.Contains($"rows: {rows.Count}", readme);
            Assert.All(dataset.Columns, c => Assert.Contains($"| {c.Name} |", readme));
            tables[dataset.Name] = rows;
        }
        Assert.Equal(["consultations", "contributions", "ideas", "polls", "requests", "surveys"], tables.Keys.Order());

        // The requests' groups are the rows' counts: those of five or more published as counted, the smaller ones withheld.
        var groups = await fixture.QueryAsync(db => db.Set<ServiceRequest>().Where(r => r.MergedIntoId == null)
            .GroupBy(r => new { r.SubmittedUtc.Year, r.SubmittedUtc.Month, r.DepartmentKey, r.Category, r.Kind, r.Status }).Select(g => new { g.Key, Count = g.Count() }).ToListAsync());
        var published = tables["requests"].ToDictionary(r => (r["month"], r["department"], r["category"], r["kind"], r["status"]), r => int.Parse(r["requests"], CultureInfo.InvariantCulture));
        var expected = groups.Where(g => g.Count >= 5).ToDictionary(g => ($"{g.Key.Year:0000}-{g.Key.Month:00}", g.Key.DepartmentKey ?? "", g.Key.Category ?? "", g.Key.Kind.ToString(), g.Key.Status.ToString()), g => g.Count);
        Assert.Equal(expected.OrderBy(e => e.Key), published.OrderBy(p => p.Key));
        Assert.Contains(published, p => p.Key.Item4 == "Complaint" && p.Key.Item3 == "public-spaces" && p.Value >= 6);
        Assert.DoesNotContain(published, p => p.Key.Item4 == "Suggestion" && p.Key.Item3 == "public-spaces");
        Assert.Contains($"rows withheld: {groups.Count(g => g.Count < 5)}", Read(zip, "requests.README.md"));
    }

    [Fact]
    public async Task The_api_pages_through_every_row_once_and_refuses_a_forged_or_stale_token()
    {
        var filer = Site.CreateSiteClient();
        foreach (var kind in new[] { "complaint", "suggestion" })
            for (var i = 0; i < 5; i++) await fixture.FileAsync(filer, kind, $"api-{i}-{Guid.NewGuid():N}@mail.example", $"طلب الواجهة {kind} {i}", new() { ["Category"] = "transport" });
        var admin = await ChooseAsync("odbl-1.0");
        await RebuildAsync(admin);

        var client = Site.CreateSiteClient();
        var index = JsonDocument.Parse(await client.GetStringAsync("/api/open-data")).RootElement;
        Assert.Equal("odbl-1.0", index.GetProperty("licence").GetString());
        var total = index.GetProperty("datasets").EnumerateArray().Single(d => d.GetProperty("name").GetString() == "requests").GetProperty("rows").GetInt32();
        Assert.True(total >= 2, "two groups of five requests at least");

        var seen = new List<string>();
        string? token = null;
        string? firstToken = null;
        do
        {
            var url = "/api/open-data/requests?limit=1" + (token is null ? "" : "&page=" + Uri.EscapeDataString(token));
            var body = JsonDocument.Parse(await client.GetStringAsync(url)).RootElement;
            var rows = body.GetProperty("rows");
            Assert.Equal(1, rows.GetArrayLength());
            seen.Add(rows[0].GetRawText());
            token = body.GetProperty("next").GetString();
            firstToken ??= token;
        }
        while (token is not null);
        Assert.Equal(total, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());

        var forged = await client.GetAsync("/api/open-data/requests?culture=en&page=" + Uri.EscapeDataString("CfDJ8" + new string('A', 60)));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("application/problem+json", forged.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Invalid page token", JsonDocument.Parse(await forged.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString());
        var otherDataset = await Site.CreateSiteClient().GetAsync("/api/open-data/consultations?page=" + Uri.EscapeDataString(firstToken!)); // in Arabic
        Assert.Equal(HttpStatusCode.BadRequest, otherDataset.StatusCode);
        Assert.Contains("لم يصدر", JsonDocument.Parse(await otherDataset.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());

        await RebuildAsync(admin);
        var stale = await client.GetAsync("/api/open-data/requests?culture=en&page=" + Uri.EscapeDataString(firstToken!));
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        Assert.Contains("rebuilt since this page token", JsonDocument.Parse(await stale.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/open-data/no-such-dataset")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/open-data/requests?limit=0")).StatusCode);

        var openApi = JsonDocument.Parse(await client.GetStringAsync("/api/open-data/openapi/open-data.json")).RootElement;
        var paths = openApi.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/open-data/{dataset}", paths);
        Assert.All(paths, p => Assert.StartsWith("/api/open-data", p));
    }

    private static byte[] ReadBytes(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)?.Open() ?? throw new Xunit.Sdk.XunitException($"{name} is not in the ZIP");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string Read(ZipArchive zip, string name) => Encoding.UTF8.GetString(ReadBytes(zip, name)).TrimStart('\uFEFF');
}
