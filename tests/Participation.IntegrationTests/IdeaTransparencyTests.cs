using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Ideas.Models;
using Participation.Testing;
using Participation.Transparency;

namespace Participation.IntegrationTests;

/// <summary>Ideas on the results page and in the impact figures: what the department decided, counted from the rows.</summary>
public class IdeaTransparencyTests(IdeaSite fixture) : IClassFixture<IdeaSite>
{
    private const string Description = "نقترح توفير مواقف مظللة للدراجات النارية قرب المباني الحكومية والأسواق.";

    [Fact]
    public async Task Decided_ideas_are_on_the_results_page_and_the_figures_equal_the_rows()
    {
        var topic = await fixture.TopicAsync("أفكار للمباني الحكومية");
        var logins = await fixture.Site.CreateCitizensAsync(2, IdeaSite.Password, "results");
        var (author, supporter) = (fixture.Site.CreateSiteClient(), fixture.Site.CreateSiteClient());
        await author.SignInAsync(logins[0], IdeaSite.Password);
        await supporter.SignInAsync(logins[1], IdeaSite.Password);
        var officer = await fixture.AdminAsync();
        // Whole days around now: supports are counted by day.
        var from = fixture.Clock.GetUtcNow().UtcDateTime.AddDays(-1);
        var accepted = await author.PublishedIdeaAsync(officer, topic, "مواقف مظللة أمام البلدية", Description);
        var implemented = await author.PublishedIdeaAsync(officer, topic, "لوحات إرشادية داخل المباني", Description);
        var rejected = await author.PublishedIdeaAsync(officer, topic, "مقهى داخل كل مبنى حكومي", Description);
        await supporter.PressSupportAsync($"/ideas/{topic}", accepted);
        async Task AnswerAsync(string id, string status, string answer)
            => await officer.SubmitFormAsync($"/admin/ideas/study/{topic}", new Dictionary<string, string> { ["status"] = status, ["answer"] = answer },
                $"form[action='/admin/ideas/study/{topic}/{id}/answer']");
        await AnswerAsync(accepted, "Accepted", "ستُظلّل المواقف هذا العام");
        await AnswerAsync(implemented, "Implemented", "رُكّبت اللوحات في المبنى الرئيس");
        await AnswerAsync(rejected, "Rejected", "لا تسمح المساحات بذلك");

        var year = fixture.Clock.GetUtcNow().Year;
        var section = (await fixture.Site.CreateSiteClient().GetDocumentAsync($"/results?year={year}")).QuerySelector("#tool-ideas")!;
        var entries = section.QuerySelectorAll(".result-entry").ToDictionary(e => e.QuerySelector("h3 a")!.GetAttribute("href")!.Split('/')[^1]);
        Assert.Superset(new HashSet<string> { accepted, implemented, rejected }, entries.Keys.ToHashSet());
        Assert.Equal("1", entries[accepted].QuerySelector(".participants")!.TextContent);
        Assert.Contains("مقبولة", entries[accepted].QuerySelector(".result-outcome")!.TextContent);
        Assert.Contains("رُكّبت اللوحات في المبنى الرئيس", entries[implemented].QuerySelector(".result-changed")!.TextContent);
        Assert.Null(entries[rejected].QuerySelector(".result-changed"));

        // The period's figures, for the topic's department, are the rows' own.
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var impact = scope.ServiceProvider.GetServices<IImpactFigures>().Single(f => f.Tool == "ideas");
        var to = fixture.Clock.GetUtcNow().UtcDateTime.AddDays(1);
        var figures = (await impact.ComputeAsync(new ImpactQuery(from, to, "municipal", "ar"))).Figures.ToDictionary(f => f.Key, f => f.Value);
        Assert.True(figures["ideas.submitted"] >= 3);
        Assert.Equal(await fixture.QueryAsync(s => s.Set<IdeaIndex>().CountAsync(x => x.CreatedUtc >= from && x.CreatedUtc < to)), figures["ideas.submitted"]);
        Assert.Equal(await fixture.QueryAsync(s => s.Set<IdeaSupport>().CountAsync(x => x.CreatedUtc >= from && x.CreatedUtc < to)), figures["ideas.supports"]);
        Assert.Equal(await fixture.QueryAsync(s => s.Set<IdeaStatusChange>().Where(c => c.CreatedUtc >= from && c.Note != null && (c.Status == "Accepted" || c.Status == "Rejected" || c.Status == "Implemented")).Select(c => c.IdeaId).Distinct().CountAsync()), figures["ideas.answered"]);
        Assert.Equal(1, figures["ideas.accepted"]);
        Assert.Equal(1, figures["ideas.implemented"]);
        Assert.Equal(0, (await impact.ComputeAsync(new ImpactQuery(from, to, "no-such-department", "ar"))).Figures.Single(f => f.Key == "ideas.submitted").Value);
    }
}
