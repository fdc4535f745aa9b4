using System.Net;
using System.Text.RegularExpressions;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>
/// Reminders of an invitation survey (issue 15, point 3), on a clock the test moves: two days
/// after the invitation, then two days after the first reminder, only to recipients who have
/// neither answered nor opted out; the reminder's link replaces the earlier one and resumes.
/// </summary>
public class SurveyReminderTests
{
    [Fact]
    public async Task Recipients_who_have_not_answered_are_reminded_after_the_days_set_up_to_the_number_set()
    {
        await using var fixture = await InvitationSurveySite.StartAsync();
        var (smtp, clock, site, admin) = (fixture.Smtp, fixture.Clock, fixture.Site, fixture.Admin);
        var (id, _) = await fixture.BuildAsync("استبيان المراجعين مع التذكير", endsIn: TimeSpan.FromDays(10),
            settings: new Dictionary<string, string> { ["SurveyPart.ReminderDays"] = "2", ["SurveyPart.ReminderCount"] = "2" });
        await fixture.UploadAsync(id, "email\nanswered@mail.example\nopted-out@mail.example\nsilent@mail.example\nhalfway@mail.example\n");
        await fixture.SendAsync(id);

        // One answers, one opts out, one starts and stops halfway, one does nothing.
        var answered = site.CreateSiteClient();
        var link = SiteClient.LinkIn(await smtp.WaitForMailAsync("answered@mail.example", "رأيك مطلوب"));
        await answered.PostSectionAsync(await answered.GetDocumentAsync(link), id, ("q-q1", "no"));
        Assert.Equal($"/surveys/{id}/thanks", (await answered.PostSectionAsync(await answered.GetDocumentAsync(link), id, ("q-q6", "9"))).Headers.Location!.OriginalString);
        var optOut = Regex.Match((await smtp.WaitForMailAsync("opted-out@mail.example", "رأيك مطلوب")).Message.TextBody!, @"https?://\S+/opt-out\S+").Value;
        Assert.Equal(HttpStatusCode.Redirect, (await site.CreateSiteClient().SubmitFormAsync(new Uri(optOut).PathAndQuery, new Dictionary<string, string>())).StatusCode);
        var halfway = site.CreateSiteClient();
        var firstLink = SiteClient.LinkIn(await smtp.WaitForMailAsync("halfway@mail.example", "رأيك مطلوب"));
        await halfway.PostSectionAsync(await halfway.GetDocumentAsync(firstLink), id, ("q-q1", "no"));
        await smtp.WaitForMailAsync("silent@mail.example", "رأيك مطلوب");

        // Two days later: the first reminder, to the two who have not answered only.
        clock.Advance(TimeSpan.FromDays(2).Add(TimeSpan.FromMinutes(1)));
        await smtp.WaitForMailAsync("silent@mail.example", "تذكير 1 من 2");
        var reminder = SiteClient.LinkIn(await smtp.WaitForMailAsync("halfway@mail.example", "تذكير 1 من 2"));
        Assert.Equal("2", (await admin.GetDocumentAsync($"/admin/surveys/{id}/invitations")).QuerySelector("[data-figure=reminded]")!.TextContent);

        // The reminder's link replaces the first and resumes where the recipient stopped.
        Assert.Equal("رابط الدعوة هذا غير صالح لهذا الاستبيان.", (await site.CreateSiteClient().GetDocumentAsync(firstLink)).QuerySelector("main [role=status]")!.TextContent.Trim());
        var resumed = await halfway.GetDocumentAsync(reminder);
        Assert.Equal("القسم 2 من 2", resumed.QuerySelector("#survey-progress")!.TextContent.Trim());
        Assert.Equal($"/surveys/{id}/thanks", (await halfway.PostSectionAsync(resumed, id, ("q-q6", "7"))).Headers.Location!.OriginalString);

        // Two days after that: the second and last reminder, to the one still silent.
        clock.Advance(TimeSpan.FromDays(2).Add(TimeSpan.FromMinutes(1)));
        await smtp.WaitForMailAsync("silent@mail.example", "تذكير 2 من 2");
        var page = await admin.GetDocumentAsync($"/admin/surveys/{id}/invitations");
        Assert.Equal(("3", "2"), (page.QuerySelector("[data-figure=reminded]")!.TextContent, page.QuerySelector("[data-figure=answered]")!.TextContent));
        Assert.DoesNotContain(smtp.Mails, m => (m.IsFor("answered@mail.example") || m.IsFor("opted-out@mail.example")) && m.Subject.StartsWith("تذكير"));
    }
}
