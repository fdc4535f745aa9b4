using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>
/// A survey's public results (issue 15, point 5): not shown while the setting says so, then the
/// counted questions' figures, exact, with every count of fewer than five people (the open data
/// threshold) and a score that would give one away withheld, and no written answer; and the
/// survey on the participation results page.
/// </summary>
public class SurveyPublicResultsTests
{
    private const string Secret = "موظف الفرع الشمالي تأخر";

    [Fact]
    public async Task Results_appear_only_when_the_setting_allows_with_small_figures_withheld()
    {
        using var site = new SiteFactory(new SiteOptions { AutoSetup = true });
        var admin = site.CreateSiteClient();
        await admin.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);
        var now = DateTime.UtcNow;
        var (id, path) = await admin.BuildSurveyAsync(now, "رضا زوار مركز الخدمة", access: "Anonymous", settings: new Dictionary<string, string> { ["SurveyPart.PublicResults"] = "AfterClosing" });
        var (never, _) = await admin.BuildSurveyAsync(now, "استبيان بلا نتائج عامة", access: "Anonymous");

        // Fifteen answer: ten visited (five rate 5, five rate 2 and say what went wrong), five did not; NPS 10×5, 0×5, 7×4, 8×1.
        var nps = Enumerable.Repeat("10", 5).Concat(Enumerable.Repeat("0", 5)).Concat(Enumerable.Repeat("7", 4)).Append("8").ToList();
        for (var i = 0; i < 15; i++)
        {
            var respondent = site.CreateSiteClient();
            Assert.Equal(HttpStatusCode.Redirect, (await respondent.AnswerAsync(id, ("q-q1", i < 10 ? "yes" : "no"))).StatusCode);
            if (i < 10) Assert.Equal(HttpStatusCode.Redirect, (await respondent.AnswerAsync(id, i < 5 ? [("q-q3", "5")] : [("q-q3", "2"), ("q-q4", Secret)])).StatusCode);
            Assert.Equal($"/surveys/{id}/thanks", (await respondent.AnswerAsync(id, ("q-q6", nps[i]))).Headers.Location!.OriginalString);
        }

        // Open, with results after closing: neither the page nor a link to it.
        var visitor = site.CreateSiteClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/surveys/{id}/results")).StatusCode);
        Assert.Null((await visitor.GetDocumentAsync(path)).QuerySelector($"a[href='/surveys/{id}/results']"));

        foreach (var survey in new[] { id, never })
            Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitButtonFormAsync($"/admin/contents/{survey}/edit", $"/admin/contents/{survey}/stage/Close")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/surveys/{never}/results")).StatusCode);
        Assert.NotNull((await visitor.GetDocumentAsync(path)).QuerySelector($"a[href='/surveys/{id}/results']"));

        var page = await visitor.GetDocumentAsync($"/surveys/{id}/results");
        Assert.Equal("15", page.QuerySelector("[data-completed]")!.GetAttribute("data-completed"));
        Assert.Equal([("yes", "10", "66.7%"), ("no", "5", "33.3%")], Rows(page, "q1"));
        Assert.Equal([("1", "0", "0%"), ("2", "5", "50%"), ("3", "0", "0%"), ("4", "0", "0%"), ("5", "5", "50%")], Rows(page, "q3"));
        Assert.Equal("50%", page.QuerySelector("[data-question=q3] [data-score=rating]")!.TextContent);
        // NPS: the 7s (4) and the 8 (1) are under the threshold, and the score would give them back.
        var npsRows = Rows(page, "q6");
        Assert.Equal(("0", "5", "33.3%"), npsRows[0]);
        Assert.Equal(("7", "withheld", "أقل من 5"), npsRows[7]);
        Assert.Equal(("8", "withheld", "أقل من 5"), npsRows[8]);
        Assert.Equal(("10", "5", "33.3%"), npsRows[10]);
        Assert.NotNull(page.QuerySelector("[data-question=q6] [data-score=withheld]"));
        // Written answers are never published: the long-text question is not on the page.
        Assert.Null(page.QuerySelector("[data-question=q4]"));
        Assert.DoesNotContain(Secret, page.Body!.TextContent);

        // The results page of the year lists the survey with its responses and the score it discloses; the survey without public results is not there.
        var entry = (await visitor.GetDocumentAsync("/results")).QuerySelectorAll("#tool-surveys li.result-entry").Single();
        Assert.Equal($"/surveys/{id}/results", entry.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Equal("15", entry.QuerySelector(".participants")!.TextContent.Trim());
        Assert.Equal("النتيجة: نسبة الرضا (CSAT) 50%", Regex.Replace(entry.QuerySelector(".result-outcome")!.TextContent.Trim(), @"\s+", " "));

        var english = await visitor.GetDocumentAsync($"/surveys/{id}/results?culture=en");
        Assert.Equal("Results: رضا زوار مركز الخدمة", english.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Yes", english.QuerySelector("[data-question=q1] tr[data-choice=yes] th")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_Likert_matrix_and_a_ranking_are_published_per_row_and_option_with_small_counts_withheld()
    {
        using var site = new SiteFactory(new SiteOptions { AutoSetup = true });
        var admin = site.CreateSiteClient();
        await admin.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);
        var (id, _) = await admin.BuildSurveyAsync(DateTime.UtcNow, "رضا عن الخدمات الإلكترونية", access: "Anonymous", open: false, settings: new Dictionary<string, string> { ["SurveyPart.PublicResults"] = "WhileOpen" });
        var builder = $"/admin/surveys/{id}/builder";
        await admin.AddSectionAsync(builder, "رأيك في الخدمة", "Your view");
        await admin.AddQuestionAsync(builder, new() { ["SectionId"] = "s4", ["Kind"] = "Likert", ["TextAr"] = "إلى أي حد توافق؟", ["TextEn"] = "How far do you agree?", ["Rows"] = "الخدمة واضحة | The service is clear\nالخدمة سريعة | The service is quick" });
        await admin.AddQuestionAsync(builder, new() { ["SectionId"] = "s4", ["Kind"] = "Ranking", ["TextAr"] = "رتّب الأولويات", ["TextEn"] = "Rank the priorities", ["Options"] = "الحدائق | Parks\nالطرق | Roads\nالمدارس | Schools" });
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitButtonFormAsync($"/admin/contents/{id}/edit", $"/admin/contents/{id}/stage/Open")).StatusCode);

        // Six answer: all agree (4) that it is clear; five strongly agree it is quick and one is neutral; all rank parks, roads, schools.
        for (var i = 0; i < 6; i++)
        {
            var respondent = site.CreateSiteClient();
            Assert.Equal(HttpStatusCode.Redirect, (await respondent.AnswerAsync(id, ("q-q1", "no"))).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await respondent.AnswerAsync(id, ("q-q6", "10"))).StatusCode);
            Assert.Equal($"/surveys/{id}/thanks", (await respondent.AnswerAsync(id, ("q-q7-r1", "4"), ("q-q7-r2", i < 5 ? "5" : "3"), ("q-q8-o1", "1"), ("q-q8-o2", "2"), ("q-q8-o3", "3"))).Headers.Location!.OriginalString);
        }

        var page = await site.CreateSiteClient().GetDocumentAsync($"/surveys/{id}/results?culture=en");
        var likert = page.QuerySelector("[data-question=q7] table[data-likert]")!;
        Assert.NotNull(likert.QuerySelector("caption"));
        Assert.Equal(7, likert.QuerySelectorAll("thead th[scope=col]").Length);
        Assert.Equal("The service is clear", likert.QuerySelector("tr[data-row=r1] th[scope=row]")!.TextContent.Trim());
        Assert.Equal("6 (100%)", Regex.Replace(likert.QuerySelector("tr[data-row=r1] td[data-value='4']")!.TextContent.Trim(), @"\s+", " "));
        Assert.Equal("6", likert.QuerySelector("tr[data-row=r1] td[data-answered]")!.TextContent);
        // The one neutral answer is withheld, and the five beside it, which would give it back.
        Assert.Equal("withheld", likert.QuerySelector("tr[data-row=r2] td[data-value='3']")!.GetAttribute("data-count"));
        Assert.Equal("withheld", likert.QuerySelector("tr[data-row=r2] td[data-value='5']")!.GetAttribute("data-count"));

        var ranking = page.QuerySelector("[data-question=q8] table[data-ranking]")!;
        Assert.NotNull(ranking.QuerySelector("caption"));
        Assert.Equal([("o1", "1.00", "6"), ("o2", "2.00", "0"), ("o3", "3.00", "0")],
            ranking.QuerySelectorAll("tbody tr").Select(tr => (tr.GetAttribute("data-option")!, tr.QuerySelector("[data-mean]")!.TextContent, tr.QuerySelector("[data-first]")!.TextContent)).ToArray());
    }

    private static List<(string Choice, string Count, string Share)> Rows(IDocument page, string question)
        => [.. page.QuerySelectorAll($"[data-question={question}] tbody tr").Select(tr => (tr.GetAttribute("data-choice")!,
            tr.QuerySelector("td[data-count]")!.GetAttribute("data-count") is { Length: > 0 } state ? state : tr.QuerySelector("td[data-count]")!.TextContent.Trim(),
            Regex.Replace(tr.QuerySelectorAll("td").Last().TextContent.Trim(), @"\s+", " ")))];
}
