using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Participation.ContentManagement;
using Participation.Data;
using Participation.Surveys.Models;
using AngleSharp.Dom;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>A site with a clock the tests move: the surveys' shared ground.</summary>
public sealed class SurveySite : IDisposable
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);
    public SiteFactory Site { get; }

    public SurveySite() => Site = new SiteFactory(new SiteOptions { AutoSetup = true, Clock = Clock });

    public async Task<HttpClient> AdminAsync()
    {
        var client = Site.CreateSiteClient();
        await client.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);
        return client;
    }

    public async Task<(string Id, string Path)> BuildSurveyAsync(string title, string access = "SignedIn", TimeSpan? endsIn = null, bool open = true)
        => await (await AdminAsync()).BuildSurveyAsync(Clock.GetUtcNow().UtcDateTime, title, access, endsIn, open);

    /// <summary>Signed-in citizens, each with a login that can sign in again from another tab or device.</summary>
    public async Task<List<(HttpClient Client, string Login)>> CitizensAsync(int count)
    {
        var logins = await Site.CreateCitizensAsync(count, "Survey-pass-2026", "respondent");
        var clients = logins.Select(_ => Site.CreateSiteClient()).ToList();
        await Task.WhenAll(clients.Select((c, i) => c.SignInAsync(logins[i], "Survey-pass-2026")));
        return [.. clients.Select((c, i) => (c, logins[i]))];
    }

    public async Task<T> QueryAsync<T>(Func<IDataSession, Task<T>> query)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<IDataSession>());
    }

    public void Dispose() => Site.Dispose();
}

/// <summary>Surveys as editors build them and citizens answer them: sections, conditions, resuming, one response each, the closing timer.</summary>
public class SurveyTests(SurveySite fixture) : IClassFixture<SurveySite>
{
    [Fact]
    public async Task An_editor_builds_a_survey_in_the_builder_reorders_it_previews_it_in_both_languages_and_opens_it()
    {
        var admin = await fixture.AdminAsync();
        var (id, path) = await fixture.BuildSurveyAsync("رضا المتعاملين عن مركز الخدمة", open: false);
        var builder = $"/admin/surveys/{id}/builder";

        Assert.Equal("يجب أن يشير الشرط إلى سؤال سابق.", await admin.AddSectionAsync(builder, "قسم مشروط", "Conditional", "q9", "yes"));
        Assert.Equal("يحتاج سؤال الاختيار أو الترتيب إلى خيارين على الأقل.",
            await admin.AddQuestionAsync(builder, new() { ["SectionId"] = "s3", ["Kind"] = "Ranking", ["TextAr"] = "رتّب", ["Options"] = "واحد" }));
        // The visit section depends on the first question: it cannot move above it.
        Assert.Equal("يجب أن يشير الشرط إلى سؤال سابق.", await SiteSurveys.NoticeAsync(admin, await admin.SubmitFormAsync(builder, new Dictionary<string, string>(), $"form[action='/admin/surveys/{id}/move']:has(input[value=s2]):has(input[value=true])")));
        Assert.Equal("نُقل.", await SiteSurveys.NoticeAsync(admin, await admin.SubmitFormAsync(builder, new Dictionary<string, string>(), $"form[action='/admin/surveys/{id}/move']:has(input[value=q6]):has(input[value=true])")));
        var page = await admin.GetDocumentAsync(builder);
        Assert.Equal(["q6", "q5"], page.QuerySelectorAll("section[aria-labelledby=b-s3] li[data-question]").Select(li => li.GetAttribute("data-question")));

        var arabic = await admin.GetDocumentAsync($"/admin/surveys/{id}/preview/ar");
        Assert.Equal(6, arabic.QuerySelectorAll("fieldset.survey-question").Length);
        Assert.Equal("هل زرت مركز الخدمة؟ (مطلوب)", System.Text.RegularExpressions.Regex.Replace(arabic.QuerySelector("fieldset[data-question=q1] legend")!.TextContent.Trim(), @"\s+", " "));
        Assert.Equal("rtl", arabic.QuerySelector("section.survey-section")!.GetAttribute("dir"));
        var english = await admin.GetDocumentAsync($"/admin/surveys/{id}/preview/en");
        Assert.StartsWith("Did you visit the service centre?", english.QuerySelector("fieldset[data-question=q1] legend")!.TextContent.Trim());
        Assert.Equal("ltr", english.QuerySelector("section.survey-section")!.GetAttribute("dir"));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitButtonFormAsync($"/admin/contents/{id}/edit", $"/admin/contents/{id}/stage/Open")).StatusCode);
        var list = await fixture.Site.CreateSiteClient().GetDocumentAsync("/surveys");
        Assert.Contains(list.QuerySelectorAll(".consultation-card h2 a"), a => a.GetAttribute("href") == path);
        var intro = await fixture.Site.CreateSiteClient().GetDocumentAsync(path);
        Assert.Equal($"/surveys/{id}/answer", intro.QuerySelector(".survey-intro a.button")!.GetAttribute("href"));
        Assert.Contains("مركز خدمة المتعاملين", intro.QuerySelector(".survey-intro")!.TextContent);
    }

    [Fact]
    public async Task A_citizen_answers_a_section_at_a_time_resumes_from_another_device_and_submits_once()
    {
        var (id, _) = await fixture.BuildSurveyAsync("رضا المتعاملين عن الزيارة");
        var (tab, login) = (await fixture.CitizensAsync(1))[0];

        // Nothing chosen for a required question: the error names it and links to its field; nothing is saved.
        var missing = await tab.AnswerAsync(id);
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        var refused = await missing.ReadDocumentAsync();
        Assert.Equal("#q-q1", refused.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal("هذا السؤال يحتاج إلى إجابة.", refused.QuerySelector("#q-q1-error")!.TextContent.Trim());
        Assert.Contains("q-q1-error", refused.QuerySelector("fieldset[data-question=q1]")!.GetAttribute("aria-describedby"));

        // "No" hides the branch question: an answer to it is refused, the yes/no kept on the page.
        var hidden = await (await tab.AnswerAsync(id, ("q-q1", "no"), ("q-q2", "o1"))).ReadDocumentAsync();
        Assert.Equal("هذا السؤال لا ينطبق بحسب إجاباتك السابقة: اتركه فارغًا.", hidden.QuerySelector("#q-q2-error")!.TextContent.Trim());
        Assert.True(hidden.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#q-q1-no")!.IsChecked);

        Assert.Equal(HttpStatusCode.Redirect, (await tab.AnswerAsync(id, ("q-q1", "yes"), ("q-q2", "o2"))).StatusCode);
        var second = await tab.GetDocumentAsync($"/surveys/{id}/answer");
        Assert.Equal("القسم 2 من 3", second.QuerySelector("#survey-progress")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, (await tab.PostSectionAsync(second, id, ("q-q3", "2"), ("q-q4", "الانتظار طويل"))).StatusCode);

        // The same person on another device resumes at the third section, with what they answered kept.
        var phone = fixture.Site.CreateSiteClient();
        await phone.SignInAsync(login, "Survey-pass-2026");
        Assert.Equal("s3", await phone.CurrentSectionAsync(id));
        var back = await phone.GetDocumentAsync($"/surveys/{id}/answer?section=s2");
        Assert.True(back.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#q-q3-2")!.IsChecked);
        Assert.Equal("الانتظار طويل", back.QuerySelector("#q-q4")!.TextContent);

        var third = await phone.GetDocumentAsync($"/surveys/{id}/answer");
        var tooMany = await (await phone.PostSectionAsync(third, id, ("q-q5", "o1"), ("q-q5", "o2"), ("q-q5", "other"), ("q-q5-other", "النظافة"), ("q-q6", "9"))).ReadDocumentAsync();
        Assert.Equal("اختر 2 من الخيارات على الأكثر.", tooMany.QuerySelector("#q-q5-error")!.TextContent.Trim());

        // Two tabs submit the last section: one response, completed once.
        var pageA = await tab.GetDocumentAsync($"/surveys/{id}/answer");
        var pageB = await phone.GetDocumentAsync($"/surveys/{id}/answer");
        var submits = await Task.WhenAll(
            tab.PostSectionAsync(pageA, id, ("q-q5", "o1"), ("q-q5", "other"), ("q-q5-other", "النظافة"), ("q-q6", "9")),
            phone.PostSectionAsync(pageB, id, ("q-q5", "o2"), ("q-q6", "3")));
        Assert.All(submits, r => Assert.Equal($"/surveys/{id}/thanks", r.Headers.Location!.OriginalString));
        var thanks = await tab.GetDocumentAsync($"/surveys/{id}/thanks");
        Assert.Contains("سننشر ما تعلمناه من إجاباتكم.", thanks.QuerySelector(".survey-thanks")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await tab.GetAsync($"/surveys/{id}/answer")).StatusCode);

        var (responses, completed, nps) = await fixture.QueryAsync(async s => (
            await s.Set<SurveyResponse>().CountAsync(r => r.SurveyId == id),
            await s.Set<SurveyResponse>().CountAsync(r => r.SurveyId == id && r.CompletedUtc != null),
            await s.Set<SurveyAnswer>().Where(a => a.SurveyId == id && a.QuestionId == "q6").Select(a => a.Choice).ToListAsync()));
        Assert.Equal((1, 1), (responses, completed));
        Assert.Single(nps);

        // Answers exist: the builder refuses to change the questions and offers a new version.
        var admin = await fixture.AdminAsync();
        var builder = await admin.GetDocumentAsync($"/admin/surveys/{id}/builder");
        Assert.Null(builder.QuerySelector("#add-question"));
        var token = builder.QuerySelector($"form[action='/admin/surveys/{id}/copy'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var late = await admin.PostAsync($"/admin/surveys/{id}/questions", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("SectionId", "s3"), new("Kind", "ShortText"), new("TextAr", "سؤال متأخر")]));
        Assert.Equal("أجاب بعض المتعاملين: لا يمكن تغيير الأسئلة. أنشئ إصدارًا جديدًا من الاستبيان بدلًا من ذلك.", await SiteSurveys.NoticeAsync(admin, late));
        // A new version is a draft whose questions may change.
        var copy = await admin.SubmitButtonFormAsync($"/admin/surveys/{id}/builder", $"/admin/surveys/{id}/copy");
        var copyBuilder = copy.Headers.Location!.OriginalString;
        Assert.NotEqual($"/admin/surveys/{id}/builder", copyBuilder);
        Assert.Equal("أُضيف السؤال.", await admin.AddQuestionAsync(copyBuilder, new() { ["SectionId"] = "s3", ["Kind"] = "ShortText", ["TextAr"] = "سؤال جديد" }));
    }

    [Fact]
    public async Task A_no_skips_the_conditional_section_and_a_changed_answer_drops_what_no_longer_applies()
    {
        var (id, _) = await fixture.BuildSurveyAsync("رضا المتعاملين: مسار من لم يزر");
        var (citizen, _) = (await fixture.CitizensAsync(1))[0];
        Assert.Equal(HttpStatusCode.Redirect, (await citizen.AnswerAsync(id, ("q-q1", "yes"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await citizen.AnswerAsync(id, ("q-q3", "1"), ("q-q4", "لم يردّ أحد"))).StatusCode);
        // Back to the first section: now "no" — the satisfaction section is skipped, its answers dropped.
        var first = await citizen.GetDocumentAsync($"/surveys/{id}/answer?section=s1");
        Assert.Equal(HttpStatusCode.Redirect, (await citizen.PostSectionAsync(first, id, ("q-q1", "no"))).StatusCode);
        var next = await citizen.GetDocumentAsync($"/surveys/{id}/answer");
        Assert.Equal("القسم 2 من 2", next.QuerySelector("#survey-progress")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, (await citizen.PostSectionAsync(next, id, ("q-q6", "10"))).StatusCode);
        var kept = await fixture.QueryAsync(s => s.Set<SurveyAnswer>().Where(a => a.SurveyId == id).OrderBy(a => a.QuestionId).Select(a => a.QuestionId + "=" + a.Choice).ToListAsync());
        Assert.Equal(["q1=no", "q6=10"], kept);
    }

    [Fact]
    public async Task An_anonymous_survey_takes_one_response_per_browser_and_stores_no_account()
    {
        var (id, _) = await fixture.BuildSurveyAsync("استبيان مجهول الهوية", access: "Anonymous");
        var browser = fixture.Site.CreateSiteClient();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.AnswerAsync(id, ("q-q1", "no"))).StatusCode);
        Assert.Equal($"/surveys/{id}/thanks", (await browser.AnswerAsync(id, ("q-q6", "7"))).Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync($"/surveys/{id}/answer")).StatusCode);
        var (citizen, _) = (await fixture.CitizensAsync(1))[0];
        Assert.Equal(HttpStatusCode.Redirect, (await citizen.AnswerAsync(id, ("q-q1", "no"))).StatusCode);
        var keys = await fixture.QueryAsync(s => s.Set<SurveyResponse>().Where(r => r.SurveyId == id).Select(r => r.RespondentKey).ToListAsync());
        Assert.Equal(2, keys.Count);
        Assert.All(keys, k => Assert.StartsWith("b:", k));
    }

    [Fact]
    public async Task A_signed_in_survey_sends_a_visitor_to_sign_in_and_the_timer_closes_it_at_its_end()
    {
        var (id, path) = await fixture.BuildSurveyAsync("استبيان قصير المدة", endsIn: TimeSpan.FromHours(1));
        var visitor = fixture.Site.CreateSiteClient();
        var challenge = await visitor.GetAsync($"/surveys/{id}/answer");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        Assert.Contains("/account/login", challenge.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);

        var (citizen, _) = (await fixture.CitizensAsync(1))[0];
        Assert.Equal(HttpStatusCode.Redirect, (await citizen.AnswerAsync(id, ("q-q1", "no"))).StatusCode);
        fixture.Clock.Advance(TimeSpan.FromHours(1.5));
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await fixture.QueryAsync(s => s.Set<ContentItem>().Where(x => x.ContentItemId == id && x.Published).Select(x => x.Stage).FirstAsync()) != "Closed")
        {
            Assert.True(DateTime.UtcNow < deadline, "the close-survey workflow did not close the survey");
            await Task.Delay(100);
        }
        var closed = await citizen.GetDocumentAsync($"/surveys/{id}/answer");
        Assert.Equal("هذا الاستبيان مغلق: لم يعد يستقبل إجابات.", closed.QuerySelector("main [role=status]")!.TextContent.Trim());
        Assert.DoesNotContain((await visitor.GetDocumentAsync("/surveys")).QuerySelectorAll(".consultation-card h2 a"), a => a.GetAttribute("href") == path);
    }

    [Fact]
    public async Task The_analysis_counts_completed_responses_with_skips_and_multiple_choice_exactly()
    {
        var (id, _) = await fixture.BuildSurveyAsync("رضا المتعاملين: أرقام التحليل");
        var people = await fixture.CitizensAsync(4);
        async Task AnswerAsync(HttpClient c, params (string, string)[][] sections)
        {
            foreach (var section in sections) Assert.Equal(HttpStatusCode.Redirect, (await c.AnswerAsync(id, section)).StatusCode);
        }
        await AnswerAsync(people[0].Client, [("q-q1", "yes"), ("q-q2", "o1")], [("q-q3", "5")], [("q-q5", "o1"), ("q-q5", "o2"), ("q-q6", "10")]);
        await AnswerAsync(people[1].Client, [("q-q1", "yes"), ("q-q2", "o2")], [("q-q3", "2"), ("q-q4", "طال الانتظار")], [("q-q5", "o1"), ("q-q6", "6")]);
        await AnswerAsync(people[2].Client, [("q-q1", "no")], [("q-q6", "9")]);
        await AnswerAsync(people[3].Client, [("q-q1", "no")]);  // started, never submitted: not counted

        var page = await (await fixture.AdminAsync()).GetDocumentAsync($"/admin/surveys/{id}/analysis");
        Assert.Equal(("4", "3"), (page.QuerySelector("[data-figure=started]")!.TextContent, page.QuerySelector("[data-figure=completed]")!.TextContent));
        string Answered(string q) => page.QuerySelector($"section[data-question={q}] [data-answered]")!.GetAttribute("data-answered")!;
        string Row(string q, string choice) => page.QuerySelector($"section[data-question={q}] tr[data-choice='{choice}']")!.TextContent;
        Assert.Equal(["3", "2", "2", "1", "2", "3"], new[] { "q1", "q2", "q3", "q4", "q5", "q6" }.Select(Answered));
        Assert.Contains("2", page.QuerySelector("section[data-question=q1] tr[data-choice=yes] [data-count]")!.TextContent);
        // The satisfaction question was skipped by the one who had not visited: 1 of 2 satisfied.
        Assert.Equal("50%", page.QuerySelector("section[data-question=q3] [data-score=csat]")!.TextContent);
        // Multiple choice: shares of the two who answered, adding up to more than 100%.
        Assert.EndsWith("100%", Row("q5", "o1").Trim());
        Assert.EndsWith("50%", Row("q5", "o2").Trim());
        // NPS: two promoters (10, 9), one detractor (6) of three.
        Assert.Equal("33.3", page.QuerySelector("section[data-question=q6] [data-score=nps]")!.TextContent);

        // The exports: a row per completed response, a column per question, the same cells in CSV (UTF-8 with a BOM) and XLSX.
        var admin = await fixture.AdminAsync();
        var csv = await (await admin.GetAsync($"/admin/surveys/{id}/export.csv")).Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToList();
        Assert.Equal(["response", "submitted_utc", "q1 هل زرت مركز الخدمة؟", "q2 أي فرع زرت؟", "q3 ما مدى رضاك عن الزيارة؟", "q4 ما الذي لم يعجبك؟", "q5 ما الذي نحسّنه؟", "q6 ما مدى احتمال أن توصي بنا؟"], lines[0]);
        string?[][] expected =
        [
            ["1", "yes", "الرياض", "5", "", "سرعة الخدمة; المواعيد", "10"],
            ["2", "yes", "جدة", "2", "طال الانتظار", "سرعة الخدمة", "6"],
            ["3", "no", "", "", "", "", "9"],
        ];
        Assert.Equal(expected, lines.Skip(1).Select(l => (string?[])[l[0], .. l[2..]]).ToArray());
        using var workbook = new ClosedXML.Excel.XLWorkbook(new MemoryStream(await (await admin.GetAsync($"/admin/surveys/{id}/export.xlsx")).Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet(1);
        Assert.Equal(4, sheet.LastRowUsed()!.RowNumber());
        Assert.Equal(expected, Enumerable.Range(2, 3).Select(r => (string?[])[sheet.Cell(r, 1).GetString(), .. Enumerable.Range(3, 6).Select(c => sheet.Cell(r, c).GetString())]).ToArray());
        Assert.Equal(HttpStatusCode.Redirect, (await people[0].Client.GetAsync($"/admin/surveys/{id}/export.csv")).StatusCode);
    }
}
