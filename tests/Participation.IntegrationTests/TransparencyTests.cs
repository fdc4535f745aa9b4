using System.Net;
using Microsoft.EntityFrameworkCore;
using Participation.Comments;
using Participation.Comments.Models;
using Participation.Polls.Models;
using Participation.Requests.Models;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>
/// «نتائج المشاركة» and the staff dashboard: what a consultation, a poll and a suggestion came to,
/// with every figure equal to the count of the rows behind it.
/// </summary>
public class TransparencyTests(RequestSite fixture) : IClassFixture<RequestSite>
{
    private SiteFactory Site => fixture.Site;
    private static string Local(TimeSpan fromNow) => (DateTime.UtcNow.AddHours(3) + fromNow).ToString("yyyy-MM-ddTHH:mm");

    /// <summary>A consultation with two approved contributions from two citizens, closed and decided.</summary>
    private async Task<(string Id, string Path)> DecidedConsultationAsync(HttpClient admin, string title, string decision, string changed)
    {
        var path = $"c-{Guid.NewGuid():N}"[..16];
        var created = await admin.SubmitFormAsync("/admin/contents/create/Consultation", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = title, ["AutoroutePart.Path"] = path, ["MarkdownBodyPart.Markdown"] = "تفاصيل المقترح.",
            ["ConsultationPart.Summary"] = "ملخص قصير", ["ConsultationPart.Department"] = "municipal", ["ConsultationPart.Closes"] = Local(TimeSpan.FromDays(7)),
        }, submitValue: "publish");
        var editUrl = created.Headers.Location!.OriginalString;
        var id = editUrl.Split('/')[3];
        await admin.SubmitButtonFormAsync(editUrl, $"/admin/contents/{id}/stage/Propose");
        await admin.SubmitButtonFormAsync(editUrl, $"/admin/contents/{id}/stage/Open");
        foreach (var text in new[] { "أقترح زيادة الإنارة في الممرات.", "أؤيد الخطة مع مواقف للدراجات." })
        {
            var citizen = Site.CreateSiteClient();
            await citizen.RegisterCitizenAsync(fixture.Smtp, $"c-{Guid.NewGuid():N}@mail.example", "Citizen-pass-1", "ساكن الحي");
            await citizen.SubmitFormAsync("/" + path, new Dictionary<string, string> { ["text"] = text, ["acceptTerms"] = "true" }, "form.comment-form");
        }
        foreach (var commentId in (await admin.GetDocumentAsync("/admin/moderation")).QuerySelectorAll("article.queue-item input[name=id]").Select(i => i.GetAttribute("value")!).ToList())
        {
            var token = (await admin.GetDocumentAsync("/admin/moderation")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            await admin.PostAsync("/admin/moderation/decide", new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = commentId, ["decision"] = "approve", ["__RequestVerificationToken"] = token }));
        }
        await admin.SubmitButtonFormAsync(editUrl, $"/admin/contents/{id}/stage/Close");
        await admin.SubmitFormAsync(editUrl, new Dictionary<string, string> { ["ConsultationPart.Decision"] = decision, ["ConsultationPart.WhatChanged"] = changed }, "main form.editor", submitValue: "publish");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitButtonFormAsync(editUrl, $"/admin/contents/{id}/stage/Decide")).StatusCode);
        return (id, "/" + path);
    }

    /// <summary>A poll with three voters, archived.</summary>
    private async Task<(string Id, string Path)> ArchivedPollAsync(HttpClient admin, string question)
    {
        var (id, path) = await admin.OpenPollAsync(fixture.Clock.GetUtcNow().UtcDateTime, question, ["نعم", "لا"]);
        var options = (await admin.GetDocumentAsync(path)).QuerySelectorAll($"#poll-{id} input[name=options]").Select(i => i.GetAttribute("value")!).ToList();
        foreach (var choice in new[] { 0, 0, 1 })
        {
            var voter = Site.CreateSiteClient();
            await voter.RegisterCitizenAsync(fixture.Smtp, $"v-{Guid.NewGuid():N}@mail.example", "Citizen-pass-1", "مصوّت");
            Assert.Equal(HttpStatusCode.Redirect, (await voter.VoteAsync(path, id, options[choice])).StatusCode);
        }
        var editUrl = $"/admin/contents/{id}/edit";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitButtonFormAsync(editUrl, $"/admin/contents/{id}/stage/Archive")).StatusCode);
        return (id, path);
    }

    /// <summary>A suggestion with a duplicate merged into it, answered by an officer of Municipal Services.</summary>
    private async Task<(ServiceRequest Request, HttpClient Officer)> AnsweredSuggestionAsync(string subject)
    {
        var (officer, _) = await fixture.OfficerAsync("municipal");
        var values = new Dictionary<string, string> { ["Category"] = "public-spaces" };
        var (reference, _) = await fixture.FileAsync(Site.CreateSiteClient(), "suggestion", $"s-{Guid.NewGuid():N}@mail.example", subject, values);
        var (duplicate, _) = await fixture.FileAsync(Site.CreateSiteClient(), "suggestion", $"s-{Guid.NewGuid():N}@mail.example", subject + " أيضاً", values);
        var request = await fixture.RequestAsync(reference);
        var copy = await fixture.RequestAsync(duplicate);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.SubmitFormAsync($"/admin/requests/{copy.Id}", new Dictionary<string, string> { ["into"] = reference }, $"form[action='/admin/requests/{copy.Id}/merge']")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.SubmitFormAsync($"/admin/requests/{request.Id}", new Dictionary<string, string> { ["text"] = "شكراً، سننظر في اقتراحك.", ["status"] = "Answered" }, $"form[action='/admin/requests/{request.Id}/reply']")).StatusCode);
        return (await fixture.RequestAsync(reference), officer);
    }

    private static async Task<string> MarkChangeAsync(HttpClient officer, long requestId, string summary)
    {
        await officer.SubmitFormAsync($"/admin/requests/{requestId}?culture=en", new Dictionary<string, string> { ["summary"] = summary }, $"form[action='/admin/requests/{requestId}/change']");
        var page = await officer.GetDocumentAsync($"/admin/requests/{requestId}?culture=en");
        return page.QuerySelector("main > .notice")!.TextContent.Trim();
    }

    [Fact]
    public async Task The_results_page_shows_what_each_tool_came_to_with_the_counts_of_its_rows()
    {
        var admin = await fixture.AdminAsync();
        var visitor = Site.CreateSiteClient();
        var (consultationId, consultationPath) = await DecidedConsultationAsync(admin, "ممرات مظللة في الحي", "نعتمد الخطة مع تعديل مسارين.", "أضفنا إنارة ومواقف للدراجات.");
        var (pollId, pollPath) = await ArchivedPollAsync(admin, "هل تؤيد تمديد ساعات الحدائق؟");
        var (suggestion, officer) = await AnsweredSuggestionAsync("اقتراح مقاعد في الحديقة");

        var year = (await fixture.QueryAsync(s => s.Set<Participation.ContentManagement.ContentItem>().AsNoTracking().FirstAsync(c => c.ContentItemId == pollId && c.Published))).As<PollPart>().EndsUtc!.Value.Year;
        // A signed-in person's page is rendered for them, from the year's results kept with the page's tags.
        var citizen = Site.CreateSiteClient();
        await citizen.RegisterCitizenAsync(fixture.Smtp, $"r-{Guid.NewGuid():N}@mail.example", "Citizen-pass-1", "قارئة النتائج");
        // Before the mark: the visitor's cached page has no suggestion yet, nor the signed-in person's.
        var before = await visitor.GetDocumentAsync($"/results?year={year}");
        Assert.DoesNotContain("أُضيفت مقاعد مظللة في الحديقة المركزية.", before.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain("أُضيفت مقاعد مظللة في الحديقة المركزية.", (await citizen.GetDocumentAsync($"/results?year={year}")).QuerySelector("main")!.TextContent);

        Assert.Equal("Recorded: the change is shown on the results page.", await MarkChangeAsync(officer, suggestion.Id, "أُضيفت مقاعد مظللة في الحديقة المركزية."));
        var page = await visitor.GetDocumentAsync($"/results?year={year}");
        Assert.Contains("أُضيفت مقاعد مظللة في الحديقة المركزية.", (await citizen.GetDocumentAsync($"/results?year={year}")).QuerySelector("main")!.TextContent);

        // Consultation: its decision, what changed, and its contributors as the comments table has them.
        var contributors = await fixture.QueryAsync(s => s.Set<Comment>().Where(c => c.ContentItemId == consultationId && c.ParentId == null && !c.IsOfficial && c.Status == CommentStatus.Published).Select(c => c.AuthorId).Distinct().CountAsync());
        Assert.Equal(2, contributors);
        var consultation = page.QuerySelectorAll("#tool-consultations .result-entry").Single(e => e.TextContent.Contains("ممرات مظللة في الحي"));
        Assert.Equal(consultationPath, consultation.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Equal(contributors.ToString(), consultation.QuerySelector(".participants")!.TextContent.Trim());
        Assert.Contains("نعتمد الخطة مع تعديل مسارين.", consultation.QuerySelector(".result-outcome")!.TextContent);
        Assert.Contains("أضفنا إنارة ومواقف للدراجات.", consultation.QuerySelector(".result-changed")!.TextContent);

        // Poll: its voters as the ballots table has them, and its final result.
        var ballots = await fixture.QueryAsync(s => s.Set<PollBallot>().CountAsync(b => b.PollId == pollId));
        Assert.Equal(3, ballots);
        var poll = page.QuerySelectorAll("#tool-polls .result-entry").Single(e => e.TextContent.Contains("هل تؤيد تمديد ساعات الحدائق؟"));
        Assert.Equal(pollPath, poll.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Equal(ballots.ToString(), poll.QuerySelector(".participants")!.TextContent.Trim());
        Assert.Contains("نعم \u200E66.7%", poll.QuerySelector(".result-outcome")!.TextContent);

        // Suggestion: the agency's summary and those who asked (it and its duplicate), never the participant's words.
        var asked = 1 + await fixture.QueryAsync(s => s.Set<ServiceRequest>().CountAsync(r => r.MergedIntoId == suggestion.Id));
        var change = page.QuerySelectorAll("#tool-suggestions .result-entry").Single(e => e.TextContent.Contains("أُضيفت مقاعد مظللة في الحديقة المركزية."));
        Assert.Equal(asked.ToString(), change.QuerySelector(".participants")!.TextContent.Trim());
        var main = page.QuerySelector("main")!.TextContent;
        Assert.DoesNotContain("اقتراح مقاعد في الحديقة", main);
        Assert.DoesNotContain("منى العتيبي", main);
        Assert.DoesNotContain("@mail.example", main);

        // The summary table adds up the sections below it.
        foreach (var tool in new[] { "consultations", "polls", "suggestions" })
        {
            var row = page.QuerySelector($".results-summary tr[data-tool={tool}]")!;
            var entries = page.QuerySelectorAll($"#tool-{tool} .result-entry");
            Assert.Equal(entries.Length.ToString(), row.QuerySelector(".concluded")!.TextContent.Trim());
            Assert.Equal(entries.Sum(e => long.Parse(e.QuerySelector(".participants")!.TextContent)).ToString(), row.QuerySelector(".participants")!.TextContent.Trim());
        }

        // The same in English, with the menu entry that leads here.
        var english = await visitor.GetDocumentAsync($"/results?year={year}&culture=en");
        Assert.Equal("Participation results", english.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(english.QuerySelector("#tool-suggestions .result-entry"));
        Assert.Contains(page.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "/results" && a.TextContent.Trim() == "نتائج المشاركة");

        // Withdrawn, it leaves the page.
        var token = (await officer.GetDocumentAsync($"/admin/requests/{suggestion.Id}")).QuerySelector($"form[action='/admin/requests/{suggestion.Id}/change/withdraw'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        await officer.PostAsync($"/admin/requests/{suggestion.Id}/change/withdraw", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.DoesNotContain("أُضيفت مقاعد مظللة", (await visitor.GetDocumentAsync($"/results?year={year}")).QuerySelector("main")!.TextContent);
        Assert.DoesNotContain("أُضيفت مقاعد مظللة", (await citizen.GetDocumentAsync($"/results?year={year}")).QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task A_change_is_recorded_only_for_an_answered_suggestion_with_a_short_public_summary_free_of_personal_data()
    {
        var (officer, _) = await fixture.OfficerAsync("municipal");
        var (complaintReference, _) = await fixture.FileAsync(Site.CreateSiteClient(), "complaint", $"k-{Guid.NewGuid():N}@mail.example", "شكوى من الإنارة", new() { ["Category"] = "public-spaces" });
        var complaint = await fixture.RequestAsync(complaintReference);
        Assert.Null((await officer.GetDocumentAsync($"/admin/requests/{complaint.Id}")).QuerySelector($"form[action='/admin/requests/{complaint.Id}/change']"));

        var (openReference, _) = await fixture.FileAsync(Site.CreateSiteClient(), "suggestion", $"o-{Guid.NewGuid():N}@mail.example", "اقتراح لم يُرد عليه", new() { ["Category"] = "public-spaces" });
        var open = await fixture.RequestAsync(openReference);
        Assert.Equal("Answer the suggestion before marking the change it led to.", await MarkChangeAsync(officer, open.Id, "تغيير ما"));

        var (answered, sameOfficer) = await AnsweredSuggestionAsync("اقتراح حاويات إضافية");
        Assert.Equal("The summary is published: leave out names, numbers and addresses of people.", await MarkChangeAsync(sameOfficer, answered.Id, "اتصلنا بصاحب الاقتراح على 0551234567 وأضفنا الحاويات."));
        Assert.Equal("Write the one-line public summary of the change.", await MarkChangeAsync(sameOfficer, answered.Id, "   "));
        Assert.Equal("Keep the summary under 200 characters.", await MarkChangeAsync(sameOfficer, answered.Id, new string('أ', 201)));
        Assert.False(await fixture.QueryAsync(s => s.Set<RequestChange>().AnyAsync(c => c.RequestId == answered.Id)));

        // The audit trail keeps who recorded it.
        Assert.Equal("Recorded: the change is shown on the results page.", await MarkChangeAsync(sameOfficer, answered.Id, "أضفنا حاويات في الشوارع الرئيسية."));
        var audit = await (await fixture.AdminAsync()).GetDocumentAsync("/admin/audit?culture=en");
        Assert.Contains(answered.ReferenceNumber, audit.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task The_dashboard_counts_a_departments_requests_month_by_month_and_only_staff_with_the_permission_see_it()
    {
        var (officer, _) = await fixture.OfficerAsync("municipal");
        Assert.Equal(HttpStatusCode.Redirect, (await officer.GetAsync("/admin/reports")).StatusCode);
        await fixture.FileAsync(Site.CreateSiteClient(), "complaint", $"d-{Guid.NewGuid():N}@mail.example", "شكوى للوحة المؤشرات", new() { ["Category"] = "public-spaces" });

        var admin = await fixture.AdminAsync();
        var now = fixture.Clock.GetUtcNow().UtcDateTime;
        var month = new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        var received = await fixture.QueryAsync(s => s.Set<ServiceRequest>().CountAsync(r => r.DepartmentKey == "municipal" && r.MergedIntoId == null && r.SubmittedUtc >= month && r.SubmittedUtc < month.AddMonths(1)));
        Assert.True(received >= 1);
        var page = await admin.GetDocumentAsync($"/admin/reports?department=municipal&from={month:yyyy-MM-dd}&to={now:yyyy-MM-dd}");
        var row = page.QuerySelector("table[data-figure='requests.received'] tbody tr")!;
        Assert.Equal(month.ToString("yyyy-MM"), row.QuerySelector("th")!.TextContent.Trim());
        Assert.Equal(received.ToString(), row.QuerySelector("td")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("svg[role=img]"));

        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/admin/reports?department=nowhere")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/admin/reports?from=2026-05-01&to=2026-01-01")).StatusCode);
        // Longer than 36 months: said, and the last 36 months of it shown.
        var tooLong = await admin.GetAsync("/admin/reports?from=2020-01-01&to=2026-01-31&department=municipal");
        Assert.Equal(HttpStatusCode.Redirect, tooLong.StatusCode);
        Assert.Equal("/admin/reports?from=2023-02-01&to=2026-01-31&department=municipal", tooLong.Headers.Location!.OriginalString);
        Assert.Contains("36 شهراً على الأكثر", (await admin.GetDocumentAsync(tooLong.Headers.Location.OriginalString)).Body!.TextContent);
    }

    [Fact]
    public async Task A_year_with_nothing_concluded_says_so_and_an_impossible_year_is_not_found()
    {
        var page = await Site.CreateSiteClient().GetDocumentAsync("/results?year=1990&culture=en");
        Assert.Contains("Nothing concluded in 1990.", page.QuerySelector("#tool-consultations")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await Site.CreateSiteClient().GetAsync("/results?year=99999")).StatusCode);
    }
}
