using System.Net;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>A service's satisfaction across its periodic surveys, read from the kept counters: exact CSAT per period, in the order of the periods.</summary>
public class SurveyTrendTests(SurveySite fixture) : IClassFixture<SurveySite>
{
    /// <summary>A survey of <paramref name="service"/> whose period began <paramref name="startedDaysAgo"/> days ago, each citizen rating it one of <paramref name="ratings"/>.</summary>
    private async Task<string> AnsweredAsync(string title, string service, int startedDaysAgo, IReadOnlyList<(HttpClient Client, string Login)> people, params int[] ratings)
    {
        var now = fixture.Clock.GetUtcNow().UtcDateTime;
        var (id, _) = await (await fixture.AdminAsync()).BuildSurveyAsync(now, title, settings: new Dictionary<string, string>
        {
            ["SurveyPart.Services"] = service, ["SurveyPart.Starts"] = now.AddHours(3).AddDays(-startedDaysAgo).ToString("yyyy-MM-ddTHH:mm"),
        });
        for (var i = 0; i < ratings.Length; i++)
        {
            var c = people[i].Client;
            Assert.Equal(HttpStatusCode.Redirect, (await c.AnswerAsync(id, ("q-q1", "yes"), ("q-q2", "o1"))).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await c.AnswerAsync(id, ("q-q3", ratings[i].ToString()))).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await c.AnswerAsync(id, ("q-q6", "10"))).StatusCode);
        }
        return id;
    }

    [Fact]
    public async Task The_trend_gives_each_periods_csat_in_the_order_of_the_periods_and_only_the_services_surveys()
    {
        var people = await fixture.CitizensAsync(3);
        // Made in this order, but their periods run: the third, the first, the second.
        var spring = await AnsweredAsync("رخص البناء: الربيع", "building-permits", 20, people, 5, 4, 2);
        var summer = await AnsweredAsync("رخص البناء: الصيف", "building-permits", 10, people, 5, 5);
        var winter = await AnsweredAsync("رخص البناء: الشتاء", "building-permits", 30, people, 1, 4);
        var transport = await AnsweredAsync("النقل العام", "public-transport", 15, people, 1);
        var admin = await fixture.AdminAsync();

        var page = await admin.GetDocumentAsync("/admin/surveys/services/building-permits/trend");
        var rows = page.QuerySelectorAll("#survey-trend tbody tr");
        Assert.Equal([winter, spring, summer], rows.Select(r => r.GetAttribute("data-survey")));
        Assert.Equal(["50%", "66.7%", "100%"], rows.Select(r => r.QuerySelector("[data-score=csat]")!.TextContent));
        Assert.Equal(["2", "3", "2"], rows.Select(r => r.QuerySelector("[data-completed]")!.TextContent));
        Assert.Equal(["100", "100", "100"], rows.Select(r => r.QuerySelector("[data-score=nps]")!.TextContent));
        Assert.DoesNotContain(transport, page.QuerySelectorAll("#survey-trend tbody tr").Select(r => r.GetAttribute("data-survey")));
        Assert.NotNull(page.QuerySelector("#survey-trend caption"));
        Assert.NotNull(page.QuerySelector("figure svg[role=img] title"));

        // Reached from the services list and from the analysis page of a survey that evaluates the service.
        Assert.NotNull((await admin.GetDocumentAsync("/admin/surveys/services")).QuerySelector("a[data-trend=building-permits]"));
        Assert.Equal("/admin/surveys/services/building-permits/trend",
            (await admin.GetDocumentAsync($"/admin/surveys/{spring}/analysis")).QuerySelector("a[data-trend]")!.GetAttribute("href"));

        // The other service's trend has its survey only; one nobody knows is not found; a citizen is refused.
        Assert.Equal([transport], (await admin.GetDocumentAsync("/admin/surveys/services/public-transport/trend")).QuerySelectorAll("#survey-trend tbody tr").Select(r => r.GetAttribute("data-survey")));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/surveys/services/no-such-service/trend")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await people[0].Client.GetAsync("/admin/surveys/services/building-permits/trend")).StatusCode);
    }

    /// <summary>The services list is kept in the data cache: a service added or renamed is seen by the very next page.</summary>
    [Fact]
    public async Task A_service_added_or_renamed_is_named_so_on_the_next_page()
    {
        var admin = await fixture.AdminAsync();
        const string trend = "/admin/surveys/services/street-lighting/trend";
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(trend)).StatusCode);

        async Task SaveAsync(string nameAr)
        {
            var page = await admin.GetDocumentAsync("/admin/surveys/services");
            var token = page.QuerySelector("form.editor input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            var department = page.QuerySelector("form.editor select[name=departmentKey] option")!.GetAttribute("value")!;
            var saved = await admin.PostAsync("/admin/surveys/services", new FormUrlEncodedContent([new("__RequestVerificationToken", token),
                new("key", "street-lighting"), new("nameAr", nameAr), new("nameEn", "Street lighting"), new("departmentKey", department), new("isActive", "true")]));
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        await SaveAsync("إنارة الشوارع");
        Assert.Contains("إنارة الشوارع", (await admin.GetDocumentAsync(trend)).QuerySelector("h1")!.TextContent);
        await SaveAsync("إنارة الطرق");
        Assert.Contains("إنارة الطرق", (await admin.GetDocumentAsync(trend)).QuerySelector("h1")!.TextContent);
    }
}
