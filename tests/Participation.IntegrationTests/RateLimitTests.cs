using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>Public writes are rate limited per client address, in one bucket per kind of action.</summary>
public class RateLimitTests
{
    private static Dictionary<string, string> Login => new() { ["Login"] = "someone@mail.example", ["Password"] = "whatever" };

    [Fact]
    public async Task Too_many_sign_in_attempts_get_a_429_with_a_localised_message_and_when_to_retry()
    {
        using var site = new SiteFactory(new SiteOptions { AutoSetup = true, RateLimitPermits = 3 });
        var client = site.CreateSiteClient();
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await client.SubmitFormAsync("/account/login", Login)).StatusCode);

        var limited = await client.SubmitFormAsync("/account/login", Login);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("طلبات كثيرة من عنوانك", await limited.Content.ReadAsStringAsync());
        var retryAfter = limited.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 60);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode);
    }

    [Fact]
    public async Task A_citizen_who_used_up_their_comments_can_still_file_a_complaint()
    {
        using var site = new SiteFactory(new SiteOptions { AutoSetup = true, Settings = new() { ["Participation:RateLimits:Comments:PermitLimit"] = "2" } });
        var admin = site.CreateSiteClient();
        await admin.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);
        var path = $"topic-{Guid.NewGuid():N}"[..20];
        await admin.SubmitFormAsync("/admin/contents/create/Page", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "خطة الحدائق العامة", ["AutoroutePart.Path"] = path, ["MarkdownBodyPart.Markdown"] = "ما رأيكم؟", ["CommentsPart.Enabled"] = "true",
        }, submitValue: "publish");
        var citizen = site.CreateSiteClient();
        var login = (await site.CreateCitizensAsync(1, "Citizen-pass-1"))[0];
        await citizen.SignInAsync(login, "Citizen-pass-1");
        var comment = new Dictionary<string, string> { ["text"] = "تعليق على الخطة", ["acceptTerms"] = "true" };
        for (var i = 0; i < 2; i++) Assert.NotEqual(HttpStatusCode.TooManyRequests, (await citizen.SubmitFormAsync($"/{path}", comment, "form.comment-form")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await citizen.SubmitFormAsync($"/{path}", comment, "form.comment-form")).StatusCode);

        var complaint = await citizen.SubmitFormWithFilesAsync("/requests/complaint", new Dictionary<string, string>
        {
            ["Name"] = "منى العتيبي", ["Email"] = "mona@mail.example", ["Subject"] = "حفرة أمام المدرسة",
            ["Message"] = "نص الشكوى بالتفصيل", ["Category"] = "public-spaces",
        }, []);

        Assert.Equal(HttpStatusCode.Redirect, complaint.StatusCode);
    }

    [Fact]
    public async Task A_voter_past_the_votes_limit_gets_a_429_and_the_ballot_is_not_counted()
    {
        using var site = new SiteFactory(new SiteOptions { AutoSetup = true, Settings = new() { ["Participation:RateLimits:Votes:PermitLimit"] = "2" } });
        var admin = site.CreateSiteClient();
        await admin.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);
        var polls = new List<(string Id, string Path)>();
        for (var i = 0; i < 3; i++) polls.Add(await admin.OpenPollAsync(DateTime.UtcNow, $"سؤال {i}", ["نعم", "لا"]));
        var voter = site.CreateSiteClient();
        var login = (await site.CreateCitizensAsync(1, "Voter-pass-2026"))[0];
        await voter.SignInAsync(login, "Voter-pass-2026");
        var options = new List<string>();
        foreach (var (_, path) in polls) options.Add((await voter.GetDocumentAsync(path)).QuerySelector(".poll-table tr[data-option]")!.GetAttribute("data-option")!);

        for (var i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.Redirect, (await voter.VoteAsync(polls[i].Path, polls[i].Id, options[i])).StatusCode);
        var limited = await voter.VoteAsync(polls[2].Path, polls[2].Id, options[2]);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("طلبات كثيرة من عنوانك", await limited.Content.ReadAsStringAsync());
        var results = System.Text.Json.JsonDocument.Parse(await voter.GetStringAsync($"/polls/{polls[2].Id}/results")).RootElement;
        Assert.Equal(0, results.GetProperty("voters").GetInt64());
    }

    [Fact]
    public async Task Each_client_address_has_its_own_bucket()
    {
        // The test clients' addresses stand for what the forwarded-headers middleware resolves behind a proxy.
        using var site = new SiteFactory(new SiteOptions { AutoSetup = true, RateLimitPermits = 2 });
        var first = site.CreateSiteClient(IPAddress.Parse("203.0.113.7"));
        var second = site.CreateSiteClient(IPAddress.Parse("198.51.100.20"));
        for (var i = 0; i < 2; i++) await first.SubmitFormAsync("/account/login", Login);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await first.SubmitFormAsync("/account/login", Login)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await second.SubmitFormAsync("/account/login", Login)).StatusCode);
    }
}
