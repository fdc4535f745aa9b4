using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Data;
using Participation.Email.Models;
using Participation.Email.Services;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>Every email goes through the outbox to a real SMTP server; outages delay mail, never lose or repeat it.</summary>
public class OutboxTests
{
    private static Dictionary<string, string> Registration(string email) => new()
    {
        ["DisplayName"] = "ريم", ["Email"] = email, ["Password"] = "Citizen-pass-1", ["ConfirmPassword"] = "Citizen-pass-1", ["AcceptPolicy"] = "true",
    };

    [Fact]
    public async Task A_confirmation_email_reaches_the_SMTP_server_as_Arabic_multipart_mail()
    {
        await using var smtp = await SmtpTestServer.StartNewAsync();
        using var site = new SiteFactory(new SiteOptions { AutoSetup = true, Settings = smtp.SiteSettings });

        await site.CreateSiteClient().SubmitFormAsync("/account/register", Registration("reem@mail.example"));

        var mail = await smtp.WaitForMailAsync("reem@mail.example", SiteClient.ConfirmationSubject);
        Assert.Equal("participation@ministry.example", mail.Envelope.From);
        Assert.StartsWith("أكّد بريدك الإلكتروني", mail.Message.Subject);
        Assert.Contains("مرحباً ريم", mail.Message.TextBody);
        Assert.Contains("lang=\"ar\" dir=\"rtl\"", mail.Message.HtmlBody);
        Assert.Contains("/account/confirm?userId=", mail.Message.TextBody);
    }

    [Fact]
    public async Task Mail_queued_during_an_SMTP_outage_is_delivered_once_after_a_restart()
    {
        await using var smtp = await SmtpTestServer.StartNewAsync();
        await smtp.StopAsync();
        string dataPath;
        var emails = Enumerable.Range(1, 3).Select(i => $"outage-{i}@mail.example").ToList();

        using (var site = new SiteFactory(new SiteOptions { AutoSetup = true, KeepData = true, Settings = smtp.SiteSettings, EmailRetryBaseSeconds = 0.2 }))
        {
            dataPath = site.DataPath;
            var client = site.CreateSiteClient();
            foreach (var email in emails) Assert.Equal(HttpStatusCode.OK, (await client.SubmitFormAsync("/account/register", Registration(email))).StatusCode);

            // The outbox keeps them and shows why they wait.
            var admin = site.CreateSiteClient();
            await admin.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);
            await WaitUntilAsync(async () => (await admin.GetStringAsync("/admin/email?status=Pending&culture=en")).Contains("Connection refused", StringComparison.OrdinalIgnoreCase), "the outbox to show the SMTP error");
            Assert.Empty(smtp.Mails);
        }

        await smtp.StartAsync();
        // The site comes back after the retry schedule's longest wait (an hour) and any claim's lease, so
        // the test does not depend on how many attempts the outage happened to cost on a busy machine.
        var later = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(2));
        using (var restarted = new SiteFactory(new SiteOptions { DataPath = dataPath, Settings = smtp.SiteSettings, Clock = later }))
        {
            restarted.CreateClient();
            foreach (var email in emails) await smtp.WaitForMailAsync(email, SiteClient.ConfirmationSubject);
            await Task.Delay(1500); // room for a duplicate to show up, if there were one
            var received = smtp.Mails.Where(m => emails.Any(m.IsFor)).ToList();
            Assert.Equal(3, received.Count);
            Assert.Equal(3, received.Select(m => m.Message.MessageId).Distinct().Count());
        }
    }

    [Fact]
    public async Task A_message_that_keeps_failing_is_marked_failed_and_can_be_retried_from_the_admin()
    {
        await using var smtp = await SmtpTestServer.StartNewAsync();
        await smtp.StopAsync();
        var settings = new Dictionary<string, string>(smtp.SiteSettings) { ["Participation:Email:MaxAttempts"] = "2" };
        using var site = new SiteFactory(new SiteOptions { AutoSetup = true, Settings = settings, EmailRetryBaseSeconds = 0.1 });
        var admin = site.CreateSiteClient();
        await admin.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);

        await admin.SubmitFormAsync("/admin/email", new Dictionary<string, string> { ["to"] = "officer@ministry.example" }, "form[action='/admin/email/test']");
        await WaitUntilAsync(async () => (await admin.GetDocumentAsync("/admin/email?status=Failed")).QuerySelectorAll("tbody tr").Length == 1, "the message to be marked failed");

        await smtp.StartAsync();
        var failed = await admin.GetDocumentAsync("/admin/email?status=Failed");
        var retry = failed.QuerySelector("form[action$='/retry']")!.GetAttribute("action")!;
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitButtonFormAsync("/admin/email?status=Failed", retry)).StatusCode);

        var mail = await smtp.WaitForMailAsync("officer@ministry.example", "رسالة تجريبية");
        Assert.Equal("رسالة تجريبية من منصة المشاركة", mail.Subject);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_delivered_email_is_not_sent_again_when_the_database_fails_to_record_it(bool throughSmtp)
    {
        await using var smtp = await SmtpTestServer.StartNewAsync();
        var fault = new FirstSentRecordFails();
        using var site = new SiteFactory(new SiteOptions
        {
            AutoSetup = true, Settings = throughSmtp ? smtp.SiteSettings : [],
            Services = services => services.ConfigureDbContext<ParticipationDbContext>(o => o.AddInterceptors(fault)),
        });
        IMailbox mailbox = throughSmtp ? smtp : site;

        await site.CreateSiteClient().SubmitFormAsync("/account/register", Registration("once@mail.example"));

        // Once it is recorded as sent nothing sends it again, so what arrived by then is all that ever will.
        await WaitUntilAsync(async () => (await OutboxMessageToAsync(site, "once@mail.example"))?.Status == OutboxStatus.Sent, "the email to be recorded as sent");
        var recorded = (await OutboxMessageToAsync(site, "once@mail.example"))!;
        Assert.Equal(1, fault.Failures);
        var delivered = Assert.Single(mailbox.Mails, m => m.IsFor("once@mail.example"));
        Assert.Equal(recorded.MessageId, delivered.Message.MessageId);
        Assert.Equal(1, recorded.Attempts);
    }

    [Fact]
    public async Task A_redelivery_to_the_pickup_folder_overwrites_the_first_copy()
    {
        using var site = new SiteFactory(new SiteOptions { AutoSetup = true });
        site.CreateClient();
        var transport = site.Services.GetRequiredService<IMailTransport>();
        var message = MimeMessageFactory.Create(new Participation.Email.MailMessage { To = ["twice@mail.example"], Subject = "مرة واحدة", TextBody = "نص" }, "no-reply@ministry.example", "pickup-redelivery@participation");

        await transport.SendAsync(message, new SmtpSettings(), CancellationToken.None);
        await transport.SendAsync(message, new SmtpSettings(), CancellationToken.None);

        Assert.Single(site.Mails, m => m.IsFor("twice@mail.example"));
    }

    private static async Task<OutboxMessage?> OutboxMessageToAsync(SiteFactory site, string to)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IDataSession>().Set<OutboxMessage>().AsNoTracking().SingleOrDefaultAsync(m => m.To == to);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Timed out waiting for {what}.");
            await Task.Delay(100);
        }
    }
}
