using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>
/// An invitation-only survey end to end through the real SMTP server: a recipient file with bad
/// rows reported and good ones kept, 200 single-use links sent in batches through the outbox,
/// answered from the links with a resume, refused when reused, for another survey or after the end,
/// and an opt-out.
/// </summary>
public partial class SurveyInvitationTests
{
    private const string Subject = InvitationSurveySite.InvitationSubject;

    [Fact]
    public async Task Two_hundred_recipients_get_a_single_use_link_that_answers_once_for_its_survey_while_it_is_open()
    {
        await using var fixture = await InvitationSurveySite.StartAsync();
        var (smtp, clock, site, admin) = (fixture.Smtp, fixture.Clock, fixture.Site, fixture.Admin);
        var (id, _) = await fixture.BuildAsync("رضا المتعاملين المدعوين", endsIn: TimeSpan.FromDays(3));
        var (other, _) = await fixture.BuildAsync("استبيان آخر بالدعوة");

        var csv = new StringBuilder("email,branch\n");
        for (var i = 1; i <= 200; i++) csv.Append($"guest-{i}@mail.example,{(i % 2 == 0 ? "riyadh" : "jeddah")}\n");
        csv.Append("not-an-address,riyadh\nguest-7@mail.example,jeddah\n");
        var uploaded = await fixture.UploadAsync(id, csv.ToString());
        Assert.Equal(["202", "203"], uploaded.QuerySelectorAll(".row-problems li").Select(li => li.GetAttribute("data-row")));
        Assert.Equal("الصف 202: «not-an-address» ليس عنوان بريد إلكتروني.", Regex.Replace(uploaded.QuerySelector(".row-problems li[data-row='202']")!.TextContent.Trim(), @"\s+", " "));
        Assert.Equal("الصف 203: «guest-7@mail.example» مدرج في صف سابق.", Regex.Replace(uploaded.QuerySelector(".row-problems li[data-row='203']")!.TextContent.Trim(), @"\s+", " "));
        Assert.Equal("200", uploaded.QuerySelector("[data-figure=listed]")!.TextContent);

        await fixture.SendAsync(id);
        var page = await admin.GetDocumentAsync($"/admin/surveys/{id}/invitations");
        Assert.Equal("200", page.QuerySelector("[data-figure=sent]")!.TextContent);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (smtp.Mails.Count(m => m.Subject.StartsWith(Subject)) < 200)
        {
            Assert.True(DateTime.UtcNow < deadline, $"only {smtp.Mails.Count(m => m.Subject.StartsWith(Subject))} of 200 invitations reached the SMTP server");
            await Task.Delay(200);
        }
        Assert.Equal(200, smtp.Mails.Where(m => m.Subject.StartsWith(Subject)).SelectMany(m => m.Envelope.To).Distinct().Count());

        // Guest 1 answers the first section, then resumes from the same link in another browser and submits.
        var link = SiteClient.LinkIn(await smtp.WaitForMailAsync("guest-1@mail.example", Subject));
        var first = site.CreateSiteClient();
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostSectionAsync(await first.GetDocumentAsync(link), id, ("q-q1", "no"))).StatusCode);
        var second = site.CreateSiteClient();
        var resumed = await second.GetDocumentAsync(link);
        Assert.Equal("القسم 2 من 2", resumed.QuerySelector("#survey-progress")!.TextContent.Trim());
        Assert.Equal($"/surveys/{id}/thanks", (await second.PostSectionAsync(resumed, id, ("q-q6", "8"))).Headers.Location!.OriginalString);
        Assert.Equal("استُخدمت هذه الدعوة من قبل: أُجيب عن الاستبيان.", (await site.CreateSiteClient().GetDocumentAsync(link)).QuerySelector("main [role=status]")!.TextContent.Trim());

        // Another guest's token opens only its own survey; a made-up one nothing.
        var token = Regex.Match(link, "token=([^&]+)").Groups[1].Value;
        var guest2 = Regex.Match(SiteClient.LinkIn(await smtp.WaitForMailAsync("guest-2@mail.example", Subject)), "token=([^&]+)").Groups[1].Value;
        Assert.Equal("رابط الدعوة هذا غير صالح لهذا الاستبيان.", (await site.CreateSiteClient().GetDocumentAsync($"/surveys/{other}/answer?token={guest2}")).QuerySelector("main [role=status]")!.TextContent.Trim());
        Assert.Equal("رابط الدعوة هذا غير صالح لهذا الاستبيان.", (await site.CreateSiteClient().GetDocumentAsync($"/surveys/{id}/answer?token={new string('x', token.Length)}")).QuerySelector("main [role=status]")!.TextContent.Trim());

        // Guest 3 opts out from the second link of the email.
        var optOut = new Uri(OptOutLink().Match((await smtp.WaitForMailAsync("guest-3@mail.example", Subject)).Message.TextBody!).Value).PathAndQuery;
        var guest3 = site.CreateSiteClient();
        Assert.Equal(HttpStatusCode.Redirect, (await guest3.SubmitFormAsync(optOut, new Dictionary<string, string>())).StatusCode);
        Assert.Contains("لن تصلك رسائل أخرى", (await guest3.GetDocumentAsync(optOut)).QuerySelector("main [role=status]")!.TextContent);
        page = await admin.GetDocumentAsync($"/admin/surveys/{id}/invitations");
        Assert.Equal(("1", "1"), (page.QuerySelector("[data-figure=answered]")!.TextContent, page.QuerySelector("[data-figure=opted-out]")!.TextContent));

        // After the end, a link not used yet no longer opens the survey.
        clock.Advance(TimeSpan.FromDays(4));
        var late = SiteClient.LinkIn(await smtp.WaitForMailAsync("guest-4@mail.example", Subject));
        Assert.Equal("هذا الاستبيان مغلق: لم يعد يستقبل إجابات.", (await site.CreateSiteClient().GetDocumentAsync(late)).QuerySelector("main [role=status]")!.TextContent.Trim());
    }

    /// <summary>Point 3's "bounces and failures visible": each recipient's email queued while the server is down, then sent, or refused by the server with its reason.</summary>
    [Fact]
    public async Task The_invitations_page_shows_per_recipient_whether_the_email_is_queued_sent_or_refused_and_why()
    {
        await using var fixture = await InvitationSurveySite.StartAsync();
        var (id, _) = await fixture.BuildAsync("استبيان مع عنوان مرفوض");
        const string refused = "no-such-person@mail.example";
        fixture.Smtp.Refuse(refused);
        await fixture.UploadAsync(id, $"email\nfirst@mail.example\n{refused}\nsecond@mail.example\n");
        var page = $"/admin/surveys/{id}/invitations";
        Assert.Equal(["not-sent", "not-sent", "not-sent"], (await DeliveriesAsync(fixture.Admin, page)).Values);

        // Sent while the SMTP server is down: all three wait in the outbox.
        await fixture.Smtp.StopAsync();
        await fixture.SendAsync(id);
        Assert.Equal(["queued", "queued", "queued"], (await DeliveriesAsync(fixture.Admin, page)).Values);

        // Back up, past the retry wait: two delivered, the third refused for good, with the server's reason.
        await fixture.Smtp.StartAsync();
        fixture.Clock.Advance(TimeSpan.FromMinutes(5));
        await fixture.Smtp.WaitForMailAsync("first@mail.example", Subject);
        await fixture.Smtp.WaitForMailAsync("second@mail.example", Subject);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        Dictionary<string, string> states;
        while ((states = await DeliveriesAsync(fixture.Admin, page)).ContainsValue("queued"))
        {
            Assert.True(DateTime.UtcNow < deadline, "still queued: " + string.Join(", ", states));
            await Task.Delay(200);
        }
        Assert.Equal(new Dictionary<string, string> { ["first@mail.example"] = "sent", [refused] = "failed", ["second@mail.example"] = "sent" }, states);
        var cell = (await fixture.Admin.GetDocumentAsync(page)).QuerySelector($"tr[data-recipient='{refused}'] td[data-delivery]")!;
        Assert.StartsWith("تعذّر الإرسال:", cell.TextContent.Trim());
        Assert.Contains(SmtpTestServer.RefusalText(refused), cell.TextContent);
        Assert.DoesNotContain(fixture.Smtp.Mails, m => m.IsFor(refused));
    }

    private static async Task<Dictionary<string, string>> DeliveriesAsync(HttpClient admin, string page)
        => (await admin.GetDocumentAsync(page)).QuerySelectorAll("#recipients tbody tr")
            .ToDictionary(tr => tr.GetAttribute("data-recipient")!, tr => tr.QuerySelector("td[data-delivery]")!.GetAttribute("data-delivery")!);

    [GeneratedRegex(@"https?://\S+/opt-out\S+")]
    private static partial Regex OptOutLink();
}
