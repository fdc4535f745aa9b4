using System.Net;
using AngleSharp.Dom;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>The analysis page's filters and cross-tab, exact over four respondents: skips, multiple choice, one who never submitted.</summary>
public class SurveyAnalysisTests(SurveySite fixture) : IClassFixture<SurveySite>
{
    private async Task<string> AnsweredSurveyAsync()
    {
        var (id, _) = await fixture.BuildSurveyAsync("رضا المتعاملين: الجداول والتصفية");
        var people = await fixture.CitizensAsync(4);
        async Task AnswerAsync(HttpClient c, params (string, string)[][] sections)
        {
            foreach (var section in sections) Assert.Equal(HttpStatusCode.Redirect, (await c.AnswerAsync(id, section)).StatusCode);
        }
        await AnswerAsync(people[0].Client, [("q-q1", "yes"), ("q-q2", "o1")], [("q-q3", "5")], [("q-q5", "o1"), ("q-q5", "o2"), ("q-q6", "10")]);
        await AnswerAsync(people[1].Client, [("q-q1", "yes"), ("q-q2", "o2")], [("q-q3", "2"), ("q-q4", "طال الانتظار")], [("q-q5", "o1"), ("q-q6", "6")]);
        await AnswerAsync(people[2].Client, [("q-q1", "no")], [("q-q6", "9")]);
        await AnswerAsync(people[3].Client, [("q-q1", "no")]);  // started, never submitted
        return id;
    }

    private static string Cell(IDocument page, string row, string column)
        => page.QuerySelector($"#survey-crosstab tr[data-row='{row}'] td[data-column='{column}'] [data-count]")!.TextContent;

    private static string Of(IDocument page, string row, string what)
        => page.QuerySelector($"#survey-crosstab tr[data-row='{row}'] [data-{what}]")!.TextContent;

    [Fact]
    public async Task A_cross_tab_counts_those_who_answered_both_and_keeps_the_skipped_apart()
    {
        var id = await AnsweredSurveyAsync();
        var admin = await fixture.AdminAsync();

        // Visited (yes/no) by the satisfaction rating, which the section skipped for "no".
        var byRating = await admin.GetDocumentAsync($"/admin/surveys/{id}/analysis?rows=q1&by=q3");
        Assert.Equal(("1", "1", "0"), (Cell(byRating, "yes", "5"), Cell(byRating, "yes", "2"), Cell(byRating, "yes", "4")));
        Assert.Equal(("2", "0"), (Of(byRating, "yes", "respondents"), Of(byRating, "yes", "not-answered")));
        Assert.Equal(("0", "1"), (Of(byRating, "no", "respondents"), Of(byRating, "no", "not-answered")));
        Assert.NotNull(byRating.QuerySelector("#survey-crosstab table caption"));
        Assert.Equal(["أجابوا عن السؤالين", "لم يجيبوا عن السؤال الثاني"], byRating.QuerySelectorAll("#survey-crosstab thead th").TakeLast(2).Select(h => h.TextContent));
        Assert.Equal("q1", byRating.QuerySelector("select#rows option[selected]")!.GetAttribute("value"));

        // Visited by the multiple choice: one "yes" ticked two options, so the row passes 100%.
        var byImprove = await admin.GetDocumentAsync($"/admin/surveys/{id}/analysis?rows=q1&by=q5");
        Assert.Equal(("2", "1"), (Cell(byImprove, "yes", "o1"), Cell(byImprove, "yes", "o2")));
        Assert.Contains("(100%)", byImprove.QuerySelector("#survey-crosstab tr[data-row=yes] td[data-column=o1]")!.TextContent);
        Assert.Contains("(50%)", byImprove.QuerySelector("#survey-crosstab tr[data-row=yes] td[data-column=o2]")!.TextContent);
        Assert.Equal("1", Of(byImprove, "no", "not-answered"));

        // The same question twice is refused with a message, the figures still shown.
        var same = await admin.GetDocumentAsync($"/admin/surveys/{id}/analysis?rows=q1&by=q1");
        Assert.Null(same.QuerySelector("#survey-crosstab"));
        Assert.Contains("اختر سؤالين مختلفين", same.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal("3", same.QuerySelector("[data-figure=completed]")!.TextContent);
    }

    [Fact]
    public async Task Filters_by_an_answer_and_by_period_apply_to_every_figure()
    {
        var id = await AnsweredSurveyAsync();
        var admin = await fixture.AdminAsync();

        // Only those who visited: two completed, both answered the rating, NPS of 10 and 6 is 0.
        var visited = await admin.GetDocumentAsync($"/admin/surveys/{id}/analysis?answer=q1%3Dyes");
        Assert.Equal("2", visited.QuerySelector("[data-figure=completed]")!.TextContent);
        Assert.NotNull(visited.QuerySelector("#survey-filter"));
        Assert.Equal("2", visited.QuerySelector("section[data-question=q6] [data-answered]")!.GetAttribute("data-answered"));
        Assert.Equal("0", visited.QuerySelector("section[data-question=q6] [data-score=nps]")!.TextContent);
        Assert.Equal("50%", visited.QuerySelector("section[data-question=q3] [data-score=csat]")!.TextContent);
        Assert.Equal("q1=yes", visited.QuerySelector("select#answer option[selected]")!.GetAttribute("value"));
        // The filter applies to the cross-tab too: nobody who visited is in the "no" row.
        var crossed = await admin.GetDocumentAsync($"/admin/surveys/{id}/analysis?answer=q1%3Dno&rows=q1&by=q6");
        Assert.Equal(("0", "1"), (Cell(crossed, "yes", "10"), Cell(crossed, "no", "9")));

        // By the day of submission in Riyadh: today keeps the three, tomorrow none.
        var today = DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime.AddHours(3));
        var kept = await admin.GetDocumentAsync($"/admin/surveys/{id}/analysis?from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}");
        Assert.Equal(("3", "4"), (kept.QuerySelector("[data-figure=completed]")!.TextContent, kept.QuerySelector("[data-figure=started]")!.TextContent));
        var none = await admin.GetDocumentAsync($"/admin/surveys/{id}/analysis?from={today.AddDays(1):yyyy-MM-dd}");
        Assert.Equal("0", none.QuerySelector("[data-figure=completed]")!.TextContent);

        // An answer not in the survey and a period ending before it starts: refused, nothing filtered.
        var bad = await admin.GetDocumentAsync($"/admin/surveys/{id}/analysis?answer=q3%3D9&from={today:yyyy-MM-dd}&to={today.AddDays(-1):yyyy-MM-dd}");
        Assert.Equal(2, bad.QuerySelectorAll("[role=alert]").Length);
        Assert.Equal("3", bad.QuerySelector("[data-figure=completed]")!.TextContent);
        Assert.Null(bad.QuerySelector("#survey-filter"));
    }

    [Fact]
    public async Task The_analysis_prints_as_a_PDF_report_with_its_filters_in_both_languages()
    {
        var id = await AnsweredSurveyAsync();
        var admin = await fixture.AdminAsync();

        // The page's link carries its filter and cross-tab: only those who visited, by the rating.
        var page = await admin.GetDocumentAsync($"/admin/surveys/{id}/analysis?answer=q1%3Dyes&rows=q1&by=q3&culture=en");
        var link = page.QuerySelector("a#survey-report")!.GetAttribute("href")!;
        Assert.Equal($"/admin/surveys/{id}/analysis/report.pdf?answer=q1%3Dyes&rows=q1&by=q3", link);
        var english = await admin.GetAsync(link + "&culture=en");
        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        Assert.Equal("application/pdf", english.Content.Headers.ContentType!.MediaType);
        var text = await PdfTextOfAsync(english);
        Assert.Contains("Surveyanalysisreport", text);
        Assert.Contains("Figuresasof", text);
        // The two who visited rated 5 and 2, and gave 10 and 6: CSAT 50%, NPS 0, of two completed.
        Assert.Contains("Completed2", text);
        Assert.Contains("CSAT(shareof4and5):50%", text);
        Assert.Contains("NPS(shareof9–10minusshareof0–6):0", text);
        Assert.Contains("Cross-tab", text);

        // In Arabic, unfiltered: the report's heading and the survey's title.
        var arabic = await admin.GetAsync($"/admin/surveys/{id}/analysis/report.pdf?culture=ar");
        Assert.Equal(HttpStatusCode.OK, arabic.StatusCode);
        var arabicText = await PdfTextOfAsync(arabic);
        // The heading and the title's two parts, whichever side of its colon the extraction puts them
        // (pdftotext splits the lam-alef ligature and reorders a final yaa-nun, so the words are cut before them).
        Assert.Contains("تقريرتحليل", arabicText);
        Assert.Contains("رضاالمتعامل", arabicText);
        Assert.Contains("الجداولوالتصفية", arabicText);
        Assert.DoesNotContain("Cross-tab", arabicText);
    }

    private static async Task<string> PdfTextOfAsync(HttpResponseMessage pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"survey-report-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, await pdf.Content.ReadAsByteArrayAsync());
        try { return await PdfText.CompactAsync(path); }
        finally { File.Delete(path); }
    }

    [Fact]
    public async Task Only_those_who_may_analyse_surveys_read_a_cross_tab_or_print_the_report()
    {
        var (id, _) = await fixture.BuildSurveyAsync("رضا المتعاملين: صلاحية الجداول");
        var (citizen, _) = (await fixture.CitizensAsync(1))[0];
        var response = await citizen.GetAsync($"/admin/surveys/{id}/analysis?rows=q1&by=q3&answer=q1%3Dyes");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var report = await citizen.GetAsync($"/admin/surveys/{id}/analysis/report.pdf");
        Assert.Equal(HttpStatusCode.Redirect, report.StatusCode);
        Assert.NotEqual("application/pdf", report.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Written_answers_are_listed_under_the_words_they_use_most_whatever_the_spelling()
    {
        var (id, _) = await fixture.BuildSurveyAsync("رضا المتعاملين: الإجابات المكتوبة");
        var people = await fixture.CitizensAsync(3);
        string[] texts = ["الانتظار طويل في الفرع", "طال الإنتظار", "الانتظـــار مُمل والموظف لطيف"];
        for (var i = 0; i < people.Count; i++)
        {
            var c = people[i].Client;
            Assert.Equal(HttpStatusCode.Redirect, (await c.AnswerAsync(id, ("q-q1", "yes"), ("q-q2", "o1"))).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await c.AnswerAsync(id, ("q-q3", "1"), ("q-q4", texts[i]))).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await c.AnswerAsync(id, ("q-q6", "5"))).StatusCode);
        }
        var admin = await fixture.AdminAsync();
        var analysis = await admin.GetDocumentAsync($"/admin/surveys/{id}/analysis");
        var link = analysis.QuerySelector("section[data-question=q4] a[data-text-answers]")!.GetAttribute("href")!;
        var page = await admin.GetDocumentAsync(link);
        // Three spellings of "the wait", one word in three answers, shown as one respondent wrote it.
        var top = page.QuerySelector("#frequent-words tbody tr")!;
        Assert.Equal(("الإنتظار", "3"), (top.QuerySelector("th")!.TextContent, top.QuerySelector("[data-count]")!.TextContent));
        Assert.Null(page.QuerySelector("#frequent-words tr[data-word='في']"));
        Assert.Equal([.. texts.Reverse()], page.QuerySelectorAll("#text-answers li").Select(li => li.TextContent).ToArray());
        // The analysis page's answer filter applies: all three visited, so "did not visit" lists none.
        var none = await admin.GetDocumentAsync($"/admin/surveys/{id}/analysis/q4/answers?answer=q1%3Dno");
        Assert.Empty(none.QuerySelectorAll("#text-answers li"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/surveys/{id}/analysis/q3/answers")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await people[0].Client.GetAsync(link)).StatusCode);
    }
}
