using System.Net;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>
/// The satisfaction loop of requests (issue 15, point 7) through the real SMTP server: a
/// participant who ticks the box on the complaint form is invited, once the officer answers, to
/// the follow-up survey about that answer; their rating counts for the department that
/// answered on the request figures. Someone who did not tick it is not invited.
/// </summary>
public class SurveyFollowUpTests
{
    private const string Invitation = "ما مدى رضاك عن الرد على طلبك";

    [Fact]
    public async Task A_participant_who_opted_in_is_invited_after_the_answer_and_the_departments_satisfaction_is_their_ratings()
    {
        await using var fixture = new RequestSite();
        await fixture.InitializeAsync();
        var admin = await fixture.AdminAsync();
        var surveyId = await FollowUpSurveyAsync(admin, fixture.Clock.GetUtcNow().UtcDateTime);
        var (officer, _) = await fixture.OfficerAsync("municipal");

        var pleased = $"pleased-{Guid.NewGuid():N}@mail.example";
        var displeased = $"displeased-{Guid.NewGuid():N}@mail.example";
        var silent = $"silent-{Guid.NewGuid():N}@mail.example";
        var filed = new List<string>();
        foreach (var (email, optIn) in new[] { (pleased, true), (displeased, true), (silent, false) })
        {
            var values = new Dictionary<string, string> { ["Category"] = "public-spaces" };
            if (optIn) values["SatisfactionSurvey"] = "true";
            var (reference, _) = await fixture.FileAsync(fixture.Site.CreateSiteClient(), "complaint", email, "رصيف مكسور في الحي", values);
            filed.Add(reference);
            Assert.Equal(optIn, (await fixture.RequestAsync(reference)).SatisfactionSurvey);
        }

        // The officer answers the three; each participant hears the answer, and those who asked are invited.
        var inbox = await officer.GetDocumentAsync("/admin/requests");
        foreach (var reference in filed) await ReplyAsync(officer, reference);
        var invitations = new List<string>();
        foreach (var (email, reference) in new[] { (pleased, filed[0]), (displeased, filed[1]) })
        {
            var mail = await fixture.Smtp.WaitForMailAsync(email, $"{Invitation} {reference}");
            Assert.Contains("رضا الرد", mail.Message.TextBody);
            invitations.Add(SiteClient.LinkIn(mail));
        }
        await fixture.Smtp.WaitForMailAsync(silent, $"رد على طلبك {filed[2]}");

        // Closing an answered request does not invite anyone a second time.
        var closedLink = inbox.QuerySelectorAll("table.requests a").Single(a => a.TextContent == filed[0]).GetAttribute("href")!;
        await officer.SubmitFormAsync(closedLink, new Dictionary<string, string> { ["status"] = "Closed" }, $"form[action='{closedLink}/status']");
        await fixture.Smtp.WaitForMailAsync(pleased, $"مستجدات طلبك {filed[0]}");

        // Each answers from their own link: 5 and 2.
        foreach (var (link, rating) in invitations.Zip(["5", "2"]))
        {
            var respondent = fixture.Site.CreateSiteClient();
            Assert.Equal($"/surveys/{surveyId}/thanks", (await respondent.PostSectionAsync(await respondent.GetDocumentAsync(link), surveyId, ("q-q1", rating))).Headers.Location!.OriginalString);
        }

        var page = await admin.GetDocumentAsync($"/admin/surveys/{surveyId}/invitations");
        Assert.Equal(("2", "2"), (page.QuerySelector("[data-figure=sent]")!.TextContent, page.QuerySelector("[data-figure=answered]")!.TextContent));
        var figures = await admin.GetDocumentAsync("/admin/requests/figures");
        var row = figures.QuerySelectorAll("table.figures tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "إدارة الخدمات البلدية");
        Assert.Equal("50 % راضون (إجابتان)", row.QuerySelector("[data-figure=survey-satisfaction]")!.TextContent.Trim());

        // The same figure on the department's dashboard, from Surveys' own figures.
        var now = fixture.Clock.GetUtcNow().UtcDateTime;
        var dashboard = await admin.GetDocumentAsync($"/admin/reports?department=municipal&from={now:yyyy-MM}-01&to={now:yyyy-MM-dd}");
        Assert.Contains("50", dashboard.QuerySelector("table[data-figure='surveys.answer-satisfaction'] tbody td")!.TextContent);
        Assert.Equal("2", dashboard.QuerySelector("table[data-figure='surveys.responses'] tbody td")!.TextContent.Trim());
    }

    /// <summary>
    /// The loop from the sample recipe alone (issue 15, point 8): its shipped follow-up survey
    /// «رضاك عن الرد على طلبك» and the shipped workflow invite the participant once their complaint
    /// is answered, and their rating is the department's satisfaction on the request figures.
    /// </summary>
    [Fact]
    public async Task On_a_site_from_the_sample_recipe_the_shipped_follow_up_survey_rates_the_answer()
    {
        await using var fixture = new RequestSite { Recipe = "ParticipationSample" };
        await fixture.InitializeAsync();
        var admin = await fixture.AdminAsync();
        var (officer, _) = await fixture.OfficerAsync("municipal");
        var email = $"asker-{Guid.NewGuid():N}@mail.example";
        var (reference, _) = await fixture.FileAsync(fixture.Site.CreateSiteClient(), "complaint", email, "إنارة الشارع معطلة", new Dictionary<string, string> { ["Category"] = "public-spaces", ["SatisfactionSurvey"] = "true" });
        await ReplyAsync(officer, reference);

        var mail = await fixture.Smtp.WaitForMailAsync(email, $"{Invitation} {reference}");
        Assert.Contains("رضاك عن الرد على طلبك", mail.Message.TextBody);
        var respondent = fixture.Site.CreateSiteClient();
        var page = await respondent.GetDocumentAsync(SiteClient.LinkIn(mail));
        Assert.StartsWith("ما مدى رضاك عن طريقة الرد على طلبك؟", page.QuerySelector("fieldset legend")!.TextContent.Trim());
        const string survey = "answer-satisfaction-survey";
        Assert.Equal($"/surveys/{survey}/thanks", (await respondent.PostSectionAsync(page, survey, ("q-q1", "4"), ("q-q2", "yes"))).Headers.Location!.OriginalString);

        var figures = await admin.GetDocumentAsync("/admin/requests/figures");
        var row = figures.QuerySelectorAll("table.figures tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "إدارة الخدمات البلدية");
        Assert.Equal("100 % راضون (إجابة واحدة)", row.QuerySelector("[data-figure=survey-satisfaction]")!.TextContent.Trim());
    }

    /// <summary>The officer answers the request from their inbox.</summary>
    private static async Task ReplyAsync(HttpClient officer, string reference)
    {
        var inbox = await officer.GetDocumentAsync("/admin/requests");
        var link = inbox.QuerySelectorAll("table.requests a").Single(a => a.TextContent == reference).GetAttribute("href")!;
        var answered = await officer.SubmitFormAsync(link, new Dictionary<string, string> { ["text"] = "أُصلح الخلل.", ["status"] = "Answered" }, $"form[action='{link}/reply']");
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
    }

    /// <summary>The agency's short survey about answers: invitation only, marked to follow requests, one required 1–5 rating.</summary>
    private static async Task<string> FollowUpSurveyAsync(HttpClient admin, DateTime nowUtc)
    {
        var created = await admin.SubmitFormAsync("/admin/contents/create/Survey", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "رضا الرد على الطلبات", ["AutoroutePart.Path"] = "survey-" + Guid.NewGuid().ToString("N")[..8],
            ["SurveyPart.Purpose"] = "قياس رضا أصحاب الطلبات عن الردود", ["SurveyPart.Access"] = "Invitation", ["SurveyPart.FollowsRequests"] = "true",
            ["SurveyPart.Ends"] = nowUtc.AddHours(3).AddDays(30).ToString("yyyy-MM-ddTHH:mm"),
            ["SurveyPart.EndMessageAr"] = "شكراً لك.", ["SurveyPart.EndMessageEn"] = "Thank you.",
        }, submitValue: "publish");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = created.Headers.Location!.OriginalString.Split('/')[3];
        var builder = $"/admin/surveys/{id}/builder";
        await admin.AddSectionAsync(builder, "الرد", "The answer");
        await admin.AddQuestionAsync(builder, new() { ["SectionId"] = "s1", ["Kind"] = "Rating", ["TextAr"] = "ما مدى رضاك عن الرد؟", ["TextEn"] = "How satisfied are you with the answer?", ["Required"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitButtonFormAsync($"/admin/contents/{id}/edit", $"/admin/contents/{id}/stage/Open")).StatusCode);
        return id;
    }
}
