using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.AuditTrail;
using Participation.Ideas.Models;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>Merging a duplicate idea into the one that stands: no support lost, each person counted once, the duplicate's people told.</summary>
public class IdeaMergeTests(IdeaSite fixture) : IClassFixture<IdeaSite>
{
    private const string Description = "نقترح تخصيص مسارات آمنة للدراجات الهوائية تربط الأحياء بالحدائق والمدارس القريبة.";

    [Fact]
    public async Task Merging_moves_the_duplicates_supports_counting_each_person_once_even_while_people_support()
    {
        var topic = await fixture.TopicAsync("أفكار للتنقل بالدراجات", limit: 3);
        var (logins, people) = await fixture.Site.SignedInCitizensAsync(8, IdeaSite.Password, "merge");
        var moderator = await fixture.AdminAsync();
        var a = await people[0].PublishedIdeaAsync(moderator, topic, "مسارات آمنة للدراجات الهوائية", Description);
        var b = await people[1].PublishedIdeaAsync(moderator, topic, "مسارات للدراجات الهوائية بين الأحياء", Description);
        var list = $"/ideas/{topic}";
        await people[2].PressSupportAsync(list, a);
        await people[3].PressSupportAsync(list, a);
        foreach (var p in people.Skip(3).Take(3)) await p.PressSupportAsync(list, b); // person 3 supports both
        Assert.Contains("بقي لك تأييد واحد", (await people[3].GetDocumentAsync(list)).QuerySelector("[data-supports-left]")!.TextContent);

        // A citizen may not merge; the moderator's page offers the similar idea.
        Assert.NotEqual(HttpStatusCode.OK, (await people[2].GetAsync($"/admin/ideas/merge/{b}")).StatusCode);
        var mergePage = await moderator.GetDocumentAsync($"/admin/ideas/merge/{b}");
        Assert.NotNull(mergePage.QuerySelector($"input[name=into][value='{a}']"));

        // The merge while others support either idea: a support on B lands before the merge or is refused after it.
        var token = await moderator.TokenAsync($"/admin/ideas/merge/{b}");
        var tokens = await Task.WhenAll(people.Skip(6).Select(p => p.TokenAsync(list)));
        var merge = moderator.PostAsync($"/admin/ideas/merge/{b}", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("into", a)]));
        var lateOnB = people[6].PostSupportAsync(tokens[0], b);
        var lateOnA = people[7].PostSupportAsync(tokens[1], a);
        var bothOnB = people[2].PostSupportAsync(await people[2].TokenAsync(list), b);
        var merged = await merge;
        Assert.Contains("دُمجت الفكرتان", await IdeaSite.NoticeAfterAsync(moderator, merged));
        var lateNotice = await IdeaSite.NoticeAfterAsync(people[6], await lateOnB);
        Assert.Contains("احتُسب تأييدك", await IdeaSite.NoticeAfterAsync(people[7], await lateOnA));
        await bothOnB;
        var lateCounted = lateNotice.Contains("احتُسب تأييدك");
        Assert.True(lateCounted || lateNotice == "دُمجت هذه الفكرة في فكرة أخرى: أيّد تلك بدلاً منها.", lateNotice);

        // A holds everyone once: people 2, 3 (who supported both), 4, 5, 7, and 6 if their support came first.
        var rowA = await fixture.RowAsync(a);
        var rowB = await fixture.RowAsync(b);
        Assert.Equal(lateCounted ? 6 : 5, rowA.Supports);
        Assert.Equal(rowA.Supports, await fixture.SupportRowsAsync(a));
        Assert.Equal(rowA.Supports, await fixture.QueryAsync(s => s.Set<IdeaSupportCount>().Where(c => c.IdeaId == a).SumAsync(c => c.Count)));
        Assert.Equal((IdeaStatus.Merged, a, 0L, 0), (rowB.Status, rowB.MergedIntoId, rowB.Supports, await fixture.SupportRowsAsync(b)));
        Assert.Equal(0, await fixture.QueryAsync(s => s.Set<IdeaSupportCount>().Where(c => c.IdeaId == b).SumAsync(c => c.Count)));
        // The topic's limit counts person 3 once now: two supports left of three.
        Assert.Contains("بقي لك تأييدان", (await people[3].GetDocumentAsync(list)).QuerySelector("[data-supports-left]")!.TextContent);

        // B's page points to A; B leaves the list and takes no support; a moved supporter supports A already.
        var anonymous = fixture.Site.CreateSiteClient();
        var page = await anonymous.GetDocumentAsync($"/ideas/idea/{b}");
        Assert.Equal($"/ideas/idea/{a}", page.QuerySelector("[data-merged-into] a")!.GetAttribute("href"));
        Assert.Equal("مدموجة", page.QuerySelectorAll(".idea-timeline strong").Last().TextContent);
        Assert.Null((await anonymous.GetDocumentAsync(list)).QuerySelector($"#idea-{b}"));
        Assert.Equal("دُمجت هذه الفكرة في فكرة أخرى: أيّد تلك بدلاً منها.", await IdeaSite.NoticeAfterAsync(people[6], await people[6].PostSupportAsync(tokens[0], b)));
        // Their kept supports were forgotten with the merge: their page shows A supported before they try.
        Assert.Equal("true", (await people[4].GetDocumentAsync(list)).QuerySelector($"#idea-{a} form[data-support-form] button")!.GetAttribute("aria-pressed"));
        Assert.Equal("سبق أن أيّدتَ هذه الفكرة.", await IdeaSite.NoticeAfterAsync(people[4], await people[4].PostSupportAsync(await people[4].TokenAsync(list), a)));
        Assert.Equal(rowA.Supports, (await fixture.RowAsync(a)).Supports);

        // B's author and supporters are emailed where their idea went; the merge is audited.
        foreach (var login in new[] { logins[1], logins[3], logins[4], logins[5] })
        {
            var mail = await fixture.Smtp.WaitForMailAsync($"{login}@mail.example", "دُمجت الفكرة «مسارات للدراجات الهوائية بين الأحياء»");
            Assert.Contains($"/ideas/idea/{a}", mail.Message.TextBody);
        }
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var audited = await scope.ServiceProvider.GetRequiredService<IAuditTrail>().ListAsync(new AuditTrailQuery { Category = "Idea", ContentItemId = b });
        Assert.Contains(audited, e => e.Name == "Merged");
    }

    [Fact]
    public async Task The_moderator_merges_a_waiting_duplicate_from_the_hint_and_bad_merges_are_refused_with_a_reason()
    {
        var topic = await fixture.TopicAsync("أفكار لمواقف الحافلات");
        var other = await fixture.TopicAsync("أفكار للأسواق المركزية");
        var people = await fixture.CitizensAsync(3);
        var moderator = await fixture.AdminAsync();
        var a = await people[0].PublishedIdeaAsync(moderator, topic, "مظلات مكيفة في مواقف الحافلات", Description);
        var elsewhere = await people[0].PublishedIdeaAsync(moderator, other, "مظلات في مداخل الأسواق المركزية", Description);
        var gone = await people[0].PublishedIdeaAsync(moderator, topic, "لوحات مواعيد إلكترونية في المواقف", Description);
        await people[0].SubmitButtonFormAsync($"/ideas/idea/{gone}", $"/ideas/idea/{gone}/withdraw");
        var waiting = SiteIdeas.IdeaIdOf(await people[1].ProposeIdeaAsync(topic, "مظلات مكيفه في مواقف الحافلات العامه", Description));

        async Task<string> MergeAsync(string from, string into)
            => await IdeaSite.NoticeAfterAsync(moderator, await moderator.SubmitFormAsync($"/admin/ideas/merge/{from}", new Dictionary<string, string> { ["address"] = $"/ideas/idea/{into}" }, "main form.editor"));

        Assert.Equal("لا يمكن دمج فكرة في نفسها.", await MergeAsync(a, a));
        Assert.Equal("لا تُدمج إلا أفكار الموضوع نفسه.", await MergeAsync(a, elsewhere));
        Assert.Equal("الفكرة المختارة مسحوبة أو مدموجة: اختر الفكرة الباقية.", await MergeAsync(a, gone));
        Assert.Equal(IdeaStatus.Published, (await fixture.RowAsync(a)).Status);

        // The "possible duplicate of" hint leads to the merge with the idea chosen.
        var hint = (await moderator.GetDocumentAsync("/admin/ideas/review")).QuerySelector($"#review-{waiting} [data-merge-into]")!;
        var mergeUrl = hint.GetAttribute("href")!;
        Assert.Equal($"/admin/ideas/merge/{waiting}?into={a}", mergeUrl);
        Assert.NotNull((await moderator.GetDocumentAsync(mergeUrl)).QuerySelector($"input[name=into][value='{a}'][checked]"));
        Assert.Contains("دُمجت الفكرتان", await IdeaSite.NoticeAfterAsync(moderator, await moderator.SubmitFormAsync(mergeUrl, new Dictionary<string, string>(), "main form.editor")));
        Assert.Null((await moderator.GetDocumentAsync("/admin/ideas/review")).QuerySelector($"#review-{waiting}"));
        Assert.Equal(a, (await people[1].GetDocumentAsync($"/ideas/idea/{waiting}")).QuerySelector("[data-merged-into] a")!.GetAttribute("href")!.Split('/')[^1]);
        Assert.Equal("سُحبت هذه الفكرة أو دُمجت من قبل، فلا يمكن دمجها.", await MergeAsync(waiting, a));
    }
}
