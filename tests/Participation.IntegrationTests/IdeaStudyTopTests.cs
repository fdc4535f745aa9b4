using System.Net;
using Microsoft.EntityFrameworkCore;
using Participation.Ideas.Models;
using Participation.Testing;
using Participation.Workflows.Models;

namespace Participation.IntegrationTests;

/// <summary>
/// The "top N at the end" rule as the department meets it: when the support period ends, the
/// timer workflow moves the topic to study and its most-supported ideas go with it, each once,
/// with the department's email. Its own site, since the clock moves a month on.
/// </summary>
public class IdeaStudyTopTests(IdeaSite fixture) : IClassFixture<IdeaSite>
{
    private const string Description = "نقترح تخصيص مساحات مظللة للجلوس في الساحات العامة مع مقاعد ومياه للشرب.";

    [Fact]
    public async Task When_supporting_ends_the_most_supported_ideas_and_those_tied_with_the_last_go_to_study_once_and_the_department_is_emailed()
    {
        // A rule of none, or both rules at once, is refused with the reason; what was typed stays.
        var admin = await fixture.AdminAsync();
        async Task<IReadOnlyList<string>> RefusedAsync(string threshold, string top)
        {
            var response = await admin.SubmitFormAsync("/admin/contents/create/IdeaTopic", new Dictionary<string, string>
            {
                ["TitlePart.Title"] = "موضوع بقاعدتين", ["IdeaTopicPart.Department"] = "municipal", ["IdeaTopicPart.Threshold"] = threshold, ["IdeaTopicPart.StudyTop"] = top,
            }, submitValue: "publish");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.ReadDocumentAsync();
            Assert.Equal(top, page.QuerySelector("input[name='IdeaTopicPart.StudyTop']")!.GetAttribute("value"));
            return page.ValidationMessages();
        }
        Assert.Contains("اختر إما حدّاً للتأييد وإما الأفكار الأكثر تأييداً عند النهاية، لا الاثنين معاً.", await RefusedAsync("10", "3"));
        Assert.Contains("تنتقل فكرة واحدة على الأقل إلى الدراسة بهذه القاعدة؛ اتركه فارغاً إن لم تردها.", await RefusedAsync("", "0"));

        // Two ideas go to study at the end; four are proposed and supported 3, 2, 2 and 0 times.
        var topic = await fixture.TopicAsync("أفكار للساحات العامة", studyTop: 2);
        Assert.Contains("عند انتهاء التأييد تنتقل الفكرتان الأكثر تأييداً إلى الدراسة.", (await fixture.Site.CreateSiteClient().GetDocumentAsync($"/ideas/{topic}")).QuerySelector(".idea-periods")!.TextContent);
        var (logins, people) = await fixture.Site.SignedInCitizensAsync(5, IdeaSite.Password, "top");
        var titles = new[] { "مقاعد مظللة في الساحات", "برادات مياه في الساحات", "ألعاب للأطفال في الساحات", "لوحات إرشادية في الساحات" };
        var ideas = new List<string>();
        foreach (var title in titles) ideas.Add(await people[0].PublishedIdeaAsync(admin, topic, title, Description));
        var list = $"/ideas/{topic}";
        foreach (var (idea, supporters) in new[] { (ideas[0], new[] { 1, 2, 3 }), (ideas[1], new[] { 1, 2 }), (ideas[2], new[] { 3, 4 }) })
            foreach (var p in supporters) await people[p].PressSupportAsync(list, idea);
        Assert.Equal(IdeaStatus.Published, (await fixture.RowAsync(ideas[0])).Status);

        // A month on, the timers end supporting: the topic is studied, and so are the first three ideas,
        // the department and the authors told as when a threshold is reached.
        fixture.Clock.Advance(TimeSpan.FromDays(29));
        foreach (var title in titles[..3])
        {
            var mail = await fixture.Smtp.WaitForMailAsync("municipal@agency.example", $"فكرة بلغت حدّ التأييد: {title}");
            Assert.Contains($"/admin/ideas/study/{topic}", mail.Message.TextBody);
            await fixture.Smtp.WaitForMailAsync($"{logins[0]}@mail.example", $"تغيّرت حالة الفكرة: {title}");
        }
        Assert.Equal("Studying", await fixture.QueryAsync(s => s.Set<Participation.ContentManagement.ContentItem>().Where(x => x.ContentItemId == topic && x.Published).Select(x => x.Stage).SingleAsync()));
        var rows = new List<IdeaIndex>();
        foreach (var id in ideas) rows.Add(await fixture.RowAsync(id));
        Assert.Equal([IdeaStatus.UnderStudy, IdeaStatus.UnderStudy, IdeaStatus.UnderStudy, IdeaStatus.Published], rows.Select(r => r.Status));
        Assert.Equal([3L, 2, 2, 0], rows.Select(r => r.Supports));
        foreach (var id in ideas[..3])
        {
            var events = await fixture.QueryAsync(s => s.Set<WorkflowEventRecord>().Where(e => e.Name == "IdeaThresholdReachedEvent" && e.Input.Contains(id)).Select(e => e.Input).ToListAsync());
            Assert.Contains("MostSupported", Assert.Single(events));
        }
        Assert.Empty(await fixture.QueryAsync(s => s.Set<WorkflowEventRecord>().Where(e => e.Name == "IdeaThresholdReachedEvent" && e.Input.Contains(ideas[3])).ToListAsync()));
        Assert.Contains("قيد الدراسة", (await fixture.Site.CreateSiteClient().GetDocumentAsync($"/ideas/idea/{ideas[1]}")).QuerySelector(".idea-timeline")!.TextContent);
    }
}
