using System.Net;
using AngleSharp.Dom;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>The analysis by invited recipients' attributes and by service: filters and cross-tabs exact over four respondents answering from their links.</summary>
public class SurveyRespondentGroupTests
{
    private static string Cell(IDocument page, string row, string column)
        => page.QuerySelector($"#survey-crosstab tr[data-row='{row}'] td[data-column='{column}'] [data-count]")?.TextContent ?? "absent";

    private static string Of(IDocument page, string row, string what)
        => page.QuerySelector($"#survey-crosstab tr[data-row='{row}'] [data-{what}]")?.TextContent ?? "absent";

    [Fact]
    public async Task Responses_are_filtered_and_cross_tabulated_by_a_recipient_attribute_and_by_their_service()
    {
        await using var fixture = await InvitationSurveySite.StartAsync();
        var (id, _) = await fixture.BuildAsync("رضا المتعاملين حسب المنطقة والخدمة");
        // The survey evaluates the customer care centre; the file's service column names other services
        // by key, by Arabic name and by English name in another case, or nothing.
        await fixture.UploadAsync(id, "email,region,service\n"
            + "g-one@mail.example,riyadh,building-permits\n"
            + "g-two@mail.example,riyadh,خدمات النقل العام\n"
            + "g-three@mail.example,jeddah,building PERMITS\n"
            + "g-four@mail.example,jeddah,\n"
            + "g-five@mail.example,makkah,no-such-service\n");
        await fixture.SendAsync(id);
        async Task AnswerAsync(string email, params (string, string)[][] sections)
        {
            var link = SiteClient.LinkIn(await fixture.Smtp.WaitForMailAsync(email, InvitationSurveySite.InvitationSubject));
            var client = fixture.Site.CreateSiteClient();
            foreach (var section in sections) Assert.Equal(HttpStatusCode.Redirect, (await client.PostSectionAsync(await client.GetDocumentAsync(link), id, section)).StatusCode);
        }
        await AnswerAsync("g-one@mail.example", [("q-q1", "yes"), ("q-q2", "o1")], [("q-q3", "5")], [("q-q6", "10")]);
        await AnswerAsync("g-two@mail.example", [("q-q1", "yes")], [("q-q3", "2")], [("q-q6", "6")]);
        await AnswerAsync("g-three@mail.example", [("q-q1", "no")], [("q-q6", "9")]);
        await AnswerAsync("g-four@mail.example", [("q-q1", "yes")], [("q-q3", "4")], [("q-q6", "9")]);
        var admin = fixture.Admin;

        // Region by the rating: Jeddah's "no" skipped the rating and is counted apart; Makkah never answered.
        var byRegion = await admin.GetDocumentAsync($"/admin/surveys/{id}/analysis?rows=group%3Aregion&by=q3");
        Assert.Equal(("1", "1", "0"), (Cell(byRegion, "riyadh", "5"), Cell(byRegion, "riyadh", "2"), Cell(byRegion, "riyadh", "4")));
        Assert.Equal(("1", "1", "1"), (Cell(byRegion, "jeddah", "4"), Of(byRegion, "jeddah", "respondents"), Of(byRegion, "jeddah", "not-answered")));
        Assert.Equal(("2", "0"), (Of(byRegion, "riyadh", "respondents"), Of(byRegion, "riyadh", "not-answered")));
        Assert.Null(byRegion.QuerySelector("#survey-crosstab tr[data-row=makkah]"));
        // Its rows are groups of respondents, not a first question: the last columns count the row's respondents who did and did not answer the rating.
        Assert.Equal(["أجابوا عن السؤال", "لم يجيبوا عن السؤال"], byRegion.QuerySelectorAll("#survey-crosstab thead th").TakeLast(2).Select(h => h.TextContent));
        Assert.Equal("group:region", byRegion.QuerySelector("select#rows option[selected]")!.GetAttribute("value"));

        // By service: the column's key and names fold into one row; the empty one counts for the survey's only service.
        var byService = await admin.GetDocumentAsync($"/admin/surveys/{id}/analysis?rows=group%3Aservice&by=q1");
        Assert.Equal(("1", "1"), (Cell(byService, "building-permits", "yes"), Cell(byService, "building-permits", "no")));
        Assert.Equal(("1", "0"), (Cell(byService, "public-transport", "yes"), Cell(byService, "public-transport", "no")));
        Assert.Equal("1", Cell(byService, "customer-care", "yes"));
        Assert.Equal("إصدار رخص البناء", byService.QuerySelector("#survey-crosstab tr[data-row=building-permits] th")!.TextContent.Trim());

        // Filtered by a region, then by a service: every figure counts only those respondents.
        var riyadh = await admin.GetDocumentAsync($"/admin/surveys/{id}/analysis?group=region%3Driyadh");
        Assert.Equal("2", riyadh.QuerySelector("[data-figure=completed]")!.TextContent);
        Assert.Equal("50%", riyadh.QuerySelector("section[data-question=q3] [data-score=csat]")!.TextContent);
        Assert.Equal("region=riyadh", riyadh.QuerySelector("select#group option[selected]")!.GetAttribute("value"));
        var permits = await admin.GetDocumentAsync($"/admin/surveys/{id}/analysis?group=service%3Dbuilding-permits&rows=q1&by=q3");
        Assert.Equal(("2", "1"), (permits.QuerySelector("[data-figure=completed]")!.TextContent, permits.QuerySelector("section[data-question=q3] [data-answered]")!.GetAttribute("data-answered")));
        Assert.Equal("100%", permits.QuerySelector("section[data-question=q3] [data-score=csat]")!.TextContent);
        Assert.Equal(("1", "1"), (Cell(permits, "yes", "5"), Of(permits, "no", "not-answered")));

        // A value nobody has and an attribute nobody has: refused with a message, the rest of the page shown unfiltered.
        var bad = await admin.GetDocumentAsync($"/admin/surveys/{id}/analysis?group=region%3Dparis&rows=group%3Aage&by=q1");
        Assert.Equal(2, bad.QuerySelectorAll("[role=alert]").Length);
        Assert.Contains("تصفية المدعوّين ليست", bad.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal("4", bad.QuerySelector("[data-figure=completed]")!.TextContent);
        Assert.Null(bad.QuerySelector("#survey-crosstab"));

        var english = await admin.GetDocumentAsync($"/admin/surveys/{id}/analysis?rows=group%3Aregion&by=q3&culture=en");
        Assert.Equal(["Answered the question", "Did not answer the question"], english.QuerySelectorAll("#survey-crosstab thead th").TakeLast(2).Select(h => h.TextContent));
    }
}
