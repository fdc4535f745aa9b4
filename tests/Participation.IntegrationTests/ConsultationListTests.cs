using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.ContentManagement;
using Participation.ContentManagement.Lifecycle;
using Participation.ContentManagement.Models;
using Participation.Consultations.Models;
using Participation.Data;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>
/// The public list at more than a page: 60 listed consultations (30 open, 30 proposed, five of
/// them translated into English) and five left at the draft stage, seeded through the content
/// manager as editors would make them.
/// </summary>
public sealed class SeededConsultations : IAsyncLifetime
{
    public const int Listed = 60, Translated = 5;
    public SiteFactory Site { get; } = new(new SiteOptions { AutoSetup = true });

    public async Task InitializeAsync()
    {
        Site.CreateClient();
        await using var scope = Site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var lifecycle = scope.ServiceProvider.GetRequiredService<IContentLifecycle>();
        for (var i = 0; i < Listed + 5; i++)
        {
            var set = $"set{i:00}{Guid.NewGuid():N}"[..26];
            var arabic = await CreateAsync(content, $"حافلات الحي رقم {i}", "ar", set, i);
            if (i >= Listed) continue; // left at the draft stage: not listed
            await lifecycle.FireAsync(arabic, i % 2 == 0 ? "Open" : "Propose");
            if (i >= Translated) continue;
            var english = await CreateAsync(content, $"Neighbourhood buses number {i}", "en", set, i);
            await lifecycle.FireAsync(english, i % 2 == 0 ? "Open" : "Propose");
        }
    }

    private static async Task<ContentItem> CreateAsync(IContentManager content, string title, string culture, string set, int i)
    {
        var item = content.New("Consultation");
        item.Alter<TitlePart>(p => p.Title = title);
        item.Alter<AutoroutePart>(p => p.Path = $"seeded-{culture}-{i}");
        item.Alter<LocalizationPart>(p => { p.Culture = culture; p.LocalizationSet = set; });
        item.Alter<ConsultationPart>(p => { p.Summary = culture == "ar" ? "ملخص" : "Summary"; p.ClosesUtc = DateTime.UtcNow.AddDays(10 + i % 7); });
        var result = await content.CreateAsync(item, publish: true);
        Assert.True(result.Succeeded, string.Join(" | ", result.Errors.Select(e => e.Message)));
        return item;
    }

    public Task DisposeAsync()
    {
        Site.Dispose();
        return Task.CompletedTask;
    }
}

public class ConsultationListTests(SeededConsultations fixture) : IClassFixture<SeededConsultations>
{
    private static readonly string[] StageOrder = ["جمع المساهمات", "الطرح", "تحليل المساهمات", "اتخاذ القرار وإعلانه", "الإغلاق والأرشفة"];

    /// <summary>Every card of every page, following the "next page" links as a visitor without script would.</summary>
    private static async Task<List<IElement>> WalkAsync(HttpClient client, string url)
    {
        var cards = new List<IElement>();
        for (var pages = 0; url is not null && pages < 50; pages++)
        {
            var page = await client.GetDocumentAsync(url);
            var shown = page.QuerySelectorAll(".consultation-card").ToList();
            Assert.InRange(shown.Count, 1, 20);
            cards.AddRange(shown);
            url = page.QuerySelector(".pager a[rel=next]")?.GetAttribute("href")!;
        }
        return cards;
    }

    private static string Title(IElement card) => card.QuerySelector("h2")!.TextContent.Trim();

    [Fact]
    public async Task Pages_visit_every_listed_consultation_once_in_the_lists_order()
    {
        var cards = await WalkAsync(fixture.Site.CreateSiteClient(), "/consultations");
        var titles = cards.Select(Title).ToList();
        Assert.Equal(titles.Count, titles.Distinct().Count());
        var seeded = titles.Where(t => t.StartsWith("حافلات الحي رقم ")).ToList();
        Assert.Equal(Enumerable.Range(0, SeededConsultations.Listed).Select(i => $"حافلات الحي رقم {i}").Order(), seeded.Order());
        Assert.DoesNotContain(titles, t => t.StartsWith("Neighbourhood buses"));

        // Open first, then proposed (and so on), whichever page a card is on.
        var ranks = cards.Select(c => Array.FindIndex(StageOrder, s => c.QuerySelector(".stage-badge")!.TextContent.Contains(s))).ToList();
        Assert.DoesNotContain(-1, ranks);
        Assert.Equal(ranks.Order(), ranks);
    }

    [Fact]
    public async Task Search_and_filters_page_through_the_matches_only_in_the_visitors_language()
    {
        var visitor = fixture.Site.CreateSiteClient();
        var found = (await WalkAsync(visitor, "/consultations?q=" + Uri.EscapeDataString("الحافلة"))).Select(Title).ToList();
        Assert.Equal(SeededConsultations.Listed, found.Count);
        Assert.Equal(found.Count, found.Distinct().Count());

        var open = await WalkAsync(visitor, "/consultations?stage=Open&q=" + Uri.EscapeDataString("حافلات"));
        Assert.Equal(SeededConsultations.Listed / 2, open.Count);
        Assert.All(open, c => Assert.Contains(StageOrder[0], c.QuerySelector(".stage-badge")!.TextContent));

        // In English, the translated ones are shown in English instead of Arabic, still once each.
        var english = (await WalkAsync(visitor, "/consultations?culture=en")).Select(Title).ToList();
        Assert.Equal(english.Count, english.Distinct().Count());
        Assert.Equal(SeededConsultations.Translated, english.Count(t => t.StartsWith("Neighbourhood buses")));
        Assert.Equal(SeededConsultations.Listed - SeededConsultations.Translated, english.Count(t => t.StartsWith("حافلات الحي رقم ")));
        var buses = (await WalkAsync(visitor, "/consultations?culture=en&q=bus")).Select(Title).ToList();
        Assert.Equal(Enumerable.Range(0, SeededConsultations.Translated).Select(i => $"Neighbourhood buses number {i}").Order(), buses.Order());
    }

    [Fact]
    public async Task An_edited_title_is_found_by_its_new_words_on_the_next_search_and_not_by_the_old()
    {
        var admin = fixture.Site.CreateSiteClient();
        await admin.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);
        var created = await admin.SubmitFormAsync("/admin/contents/create/Consultation", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "ممرات المشاة في السوق القديم", ["AutoroutePart.Path"] = "old-market-walkways",
            ["ConsultationPart.Closes"] = DateTime.UtcNow.AddDays(9).ToString("yyyy-MM-ddTHH:mm"),
        }, submitValue: "publish");
        var editUrl = created.Headers.Location!.OriginalString;
        await admin.SubmitButtonFormAsync(editUrl, $"/admin/contents/{editUrl.Split('/')[3]}/stage/Open");
        var visitor = fixture.Site.CreateSiteClient();
        Assert.Single(await CardsAsync(visitor, "الممر"));

        await admin.SubmitFormAsync(editUrl, new Dictionary<string, string> { ["TitlePart.Title"] = "إنارة الشوارع الجانبية" }, "main form.editor", submitValue: "publish");
        Assert.Empty(await CardsAsync(visitor, "ممرات"));
        var found = Assert.Single(await CardsAsync(visitor, "الانارة الجانبيه"));
        Assert.Equal("إنارة الشوارع الجانبية", Title(found));
    }

    private static async Task<List<IElement>> CardsAsync(HttpClient client, string query)
        => [.. (await client.GetDocumentAsync("/consultations?q=" + Uri.EscapeDataString(query))).QuerySelectorAll(".consultation-card")];
}

/// <summary>A site whose index was lost or never filled (a database seeded with SQL, a deleted search folder) rebuilds it at start.</summary>
public class ConsultationIndexRebuildTests
{
    [Fact]
    public async Task A_restarted_site_rebuilds_a_missing_list_and_search_index_from_the_content()
    {
        string dataPath;
        using (var first = new SiteFactory(new SiteOptions { AutoSetup = true, KeepData = true }))
        {
            first.CreateClient();
            dataPath = first.DataPath;
            await using var scope = first.Services.CreateAsyncScope();
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var item = content.New("Consultation");
            item.Alter<TitlePart>(p => p.Title = "تشجير الطرق السريعة");
            item.Alter<AutoroutePart>(p => p.Path = "highway-trees");
            item.Alter<ConsultationPart>(p => { p.ClosesUtc = DateTime.UtcNow.AddDays(5); p.Department = "municipal"; });
            Assert.True((await content.CreateAsync(item, publish: true)).Succeeded);
            await scope.ServiceProvider.GetRequiredService<IContentLifecycle>().FireAsync(item, "Open");
            // As a seeder writing content rows with SQL leaves it: no index rows.
            await scope.ServiceProvider.GetRequiredService<IDataSession>().Set<ConsultationIndex>().ExecuteDeleteAsync();
        }
        Directory.Delete(Path.Combine(dataPath, "search"), recursive: true);

        using var restarted = new SiteFactory(new SiteOptions { DataPath = dataPath });
        var visitor = restarted.CreateSiteClient();
        var found = (await visitor.GetDocumentAsync("/consultations?department=municipal&q=" + Uri.EscapeDataString("السريعه"))).QuerySelectorAll(".consultation-card h2");
        Assert.Equal(["تشجير الطرق السريعة"], found.Select(h => h.TextContent.Trim()));
    }
}
