using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Participation.Data;
using Participation.Polls.Models;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>A site with a clock the tests move, the polls' shared ground.</summary>
public sealed class PollSite : IDisposable
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);
    public SiteFactory Site { get; }

    /// <summary>What the site logged, the polls' information lines included.</summary>
    public RecordedLogs Logs { get; } = new();

    public PollSite() => Site = new SiteFactory(new SiteOptions
    {
        AutoSetup = true, Clock = Clock,
        Services = services => services.AddSingleton<ILoggerProvider>(Logs),
        Settings = new() { ["Logging:LogLevel:Participation.Polls"] = "Information" },
    });

    public async Task<HttpClient> AdminAsync()
    {
        var client = Site.CreateSiteClient();
        await client.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);
        return client;
    }

    /// <summary>An editor's poll, published and opened through the admin; returns its id and path.</summary>
    public async Task<(string Id, string Path)> OpenPollAsync(string question, string[] options, bool multiple = false, int max = 1, bool allowChange = false, bool resultsBefore = true, string eligibility = "SignedIn", TimeSpan? endsIn = null)
        => await (await AdminAsync()).OpenPollAsync(Clock.GetUtcNow().UtcDateTime, question, options, multiple, max, allowChange, resultsBefore, eligibility, endsIn);

    public async Task<List<HttpClient>> VotersAsync(int count)
    {
        var logins = await Site.CreateCitizensAsync(count, "Voter-pass-2026");
        var clients = logins.Select(_ => Site.CreateSiteClient()).ToList();
        await Task.WhenAll(clients.Select((c, i) => c.SignInAsync(logins[i], "Voter-pass-2026")));
        return clients;
    }

    public async Task<T> QueryAsync<T>(Func<IDataSession, Task<T>> query)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<IDataSession>());
    }

    /// <summary>The option ids in the order the page shows them.</summary>
    public async Task<List<string>> OptionIdsAsync(HttpClient client, string path)
        => [.. (await client.GetDocumentAsync(path)).QuerySelectorAll(".poll-table tr[data-option]").Select(r => r.GetAttribute("data-option")!)];

    public async Task<JsonElement> ResultsAsync(HttpClient client, string id)
        => JsonDocument.Parse(await client.GetStringAsync($"/polls/{id}/results")).RootElement;

    public void Dispose() => Site.Dispose();
}

/// <summary>Polls as citizens, editors and analysts meet them: one vote each, exact counts, archive, widget, exports.</summary>
public class PollTests(PollSite fixture) : IClassFixture<PollSite>
{
    private static Task<HttpResponseMessage> VoteAsync(HttpClient client, string path, string id, params string[] options) => client.VoteAsync(path, id, options);

    private static async Task<string> NoticeAfterAsync(HttpClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        return (page.QuerySelector(".notice-error") ?? page.QuerySelector("[role=status]"))!.TextContent.Trim();
    }

    [Fact]
    public async Task A_citizen_votes_once_and_sees_the_results_at_once_and_a_second_vote_is_refused()
    {
        var (id, path) = await fixture.OpenPollAsync("أي مسار للحافلة الجديدة تفضّل؟", ["طريق الملك فهد", "طريق العليا", "طريق التخصصي"]);
        var anonymous = fixture.Site.CreateSiteClient();
        var page = await anonymous.GetDocumentAsync(path);
        Assert.Null(page.QuerySelector(".poll-ballot"));
        Assert.Contains("سجّل الدخول لتصوّت", page.QuerySelector(".poll")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.PostAsync($"/polls/{id}/vote", new FormUrlEncodedContent([new("options", "x")]))).StatusCode);

        var citizen = (await fixture.VotersAsync(1))[0];
        var options = await fixture.OptionIdsAsync(citizen, path);
        Assert.Equal("شكراً لك: احتُسب صوتك.", await NoticeAfterAsync(citizen, await VoteAsync(citizen, path, id, options[1])));
        var after = await citizen.GetDocumentAsync(path);
        Assert.Null(after.QuerySelector(".poll-ballot"));
        var row = after.QuerySelector($".poll-table tr[data-option='{options[1]}']")!;
        Assert.Equal("1", row.QuerySelector("[data-count]")!.TextContent);
        Assert.Equal("100 %", row.QuerySelector("[data-percent]")!.TextContent);
        Assert.Contains("اختيارك", row.TextContent);

        Assert.Equal("صوّتَّ في هذا التصويت من قبل.", await NoticeAfterAsync(citizen, await VoteAsync(citizen, path, id, options[0])));
        var results = await fixture.ResultsAsync(anonymous, id);
        Assert.Equal(1, results.GetProperty("voters").GetInt64());
        Assert.Equal(0, results.GetProperty("options")[0].GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task A_refused_second_vote_is_logged_once_as_information_not_as_an_error()
    {
        var (id, path) = await fixture.OpenPollAsync("هل تؤيد توسعة المكتبة العامة؟", ["نعم", "لا"]);
        var citizen = (await fixture.VotersAsync(1))[0];
        var options = await fixture.OptionIdsAsync(citizen, path);
        await VoteAsync(citizen, path, id, options[0]);
        var before = fixture.Logs.Lines.Count;

        Assert.Equal("صوّتَّ في هذا التصويت من قبل.", await NoticeAfterAsync(citizen, await VoteAsync(citizen, path, id, options[1])));

        var lines = fixture.Logs.Lines.Skip(before).ToList();
        Assert.DoesNotContain(lines, l => l.Level >= LogLevel.Warning);
        Assert.Single(lines, l => l.Category == "Participation.Polls.Services.VotingService" && l.Level == LogLevel.Information && l.Message.Contains(id));
    }

    [Fact]
    public async Task Bad_ballots_are_refused_with_a_reason_and_the_count_never_drifts()
    {
        var (id, path) = await fixture.OpenPollAsync("ما أولويات الحديقة الجديدة؟", ["ملاعب", "مظلات", "ممشى", "إنارة"], multiple: true, max: 2);
        var (otherId, otherPath) = await fixture.OpenPollAsync("سؤال آخر", ["نعم", "لا"]);
        var voter = (await fixture.VotersAsync(1))[0];
        var options = await fixture.OptionIdsAsync(voter, path);
        var foreign = (await fixture.OptionIdsAsync(voter, otherPath))[0];

        Assert.Equal("اختر خياراً.", await NoticeAfterAsync(voter, await VoteAsync(voter, path, id)));
        Assert.Equal("هذا الخيار ليس من خيارات هذا التصويت.", await NoticeAfterAsync(voter, await VoteAsync(voter, path, id, foreign)));
        Assert.Equal("لا يُختار الخيار أكثر من مرة.", await NoticeAfterAsync(voter, await VoteAsync(voter, path, id, options[0], options[0])));
        Assert.Equal("اختر 2 خيارات على الأكثر.", await NoticeAfterAsync(voter, await VoteAsync(voter, path, id, options[0], options[1], options[2])));
        Assert.Equal(0, (await fixture.ResultsAsync(voter, id)).GetProperty("voters").GetInt64());

        // Two options within the limit count once each; the voters count once.
        Assert.Equal(HttpStatusCode.Redirect, (await VoteAsync(voter, path, id, options[0], options[3])).StatusCode);
        var results = await fixture.ResultsAsync(voter, id);
        Assert.Equal(1, results.GetProperty("voters").GetInt64());
        Assert.Equal([1L, 0L, 0L, 1L], results.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("count").GetInt64()));

        // A form posted without its antiforgery token is refused.
        Assert.Equal(HttpStatusCode.BadRequest, (await voter.PostAsync($"/polls/{otherId}/vote", new FormUrlEncodedContent([new("options", foreign)]))).StatusCode);
    }

    [Fact]
    public async Task Many_voters_at_once_and_one_voter_in_many_tabs_leave_exact_counts()
    {
        var (id, path) = await fixture.OpenPollAsync("هل تؤيد تمديد ساعات المكتبة؟", ["نعم", "لا"]);
        var voters = await fixture.VotersAsync(40);
        var options = await fixture.OptionIdsAsync(voters[0], path);
        // Each voter's form is loaded first (two tabs of the same person share the page's token).
        var tokens = await Task.WhenAll(voters.Select(async v => (await v.GetDocumentAsync(path)).QuerySelector($"#poll-{id} input[name=__RequestVerificationToken]")!.GetAttribute("value")!));
        HttpRequestMessage Ballot(int voter, string option) => new(HttpMethod.Post, $"/polls/{id}/vote")
        {
            Content = new FormUrlEncodedContent([new("__RequestVerificationToken", tokens[voter]), new("options", option), new("returnUrl", path)]),
        };
        var distinct = voters.Select((v, i) => v.SendAsync(Ballot(i, options[i % 3 == 0 ? 1 : 0])));
        var sameVoterTabs = Enumerable.Range(0, 10).Select(_ => voters[0].SendAsync(Ballot(0, options[0])));
        await Task.WhenAll([.. distinct, .. sameVoterTabs]);

        var ballots = await fixture.QueryAsync(s => s.Set<PollBallot>().CountAsync(b => b.PollId == id));
        var results = await fixture.ResultsAsync(voters[1], id);
        Assert.Equal(40, ballots);
        Assert.Equal(40, results.GetProperty("voters").GetInt64());
        var counts = results.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("count").GetInt64()).ToList();
        Assert.Equal(40, counts.Sum());
        var choices = await fixture.QueryAsync(s => s.Set<PollBallotChoice>().Where(c => s.Set<PollBallot>().Any(b => b.Id == c.BallotId && b.PollId == id)).GroupBy(c => c.OptionId).ToDictionaryAsync(g => g.Key, g => (long)g.Count()));
        Assert.Equal(choices[options[0]], counts[0]);
        Assert.Equal(choices[options[1]], counts[1]);
    }

    [Fact]
    public async Task A_vote_can_be_changed_only_where_the_poll_allows_and_counts_follow()
    {
        var (id, path) = await fixture.OpenPollAsync("أي يوم للسوق الشعبي؟", ["الخميس", "الجمعة"], allowChange: true);
        var voter = (await fixture.VotersAsync(1))[0];
        var options = await fixture.OptionIdsAsync(voter, path);
        await VoteAsync(voter, path, id, options[0]);
        Assert.Equal("عُدّل صوتك.", await NoticeAfterAsync(voter, await VoteAsync(voter, path, id, options[1])));
        var counts = (await fixture.ResultsAsync(voter, id)).GetProperty("options").EnumerateArray().Select(o => o.GetProperty("count").GetInt64());
        Assert.Equal([0L, 1L], counts);
        Assert.Equal(1, (await fixture.ResultsAsync(voter, id)).GetProperty("voters").GetInt64());
    }

    [Fact]
    public async Task Results_can_wait_for_the_vote_and_a_poll_for_verified_identities_refuses_others()
    {
        var (id, path) = await fixture.OpenPollAsync("سؤال بلا نتائج مسبقة", ["أ", "ب"], resultsBefore: false);
        var voter = (await fixture.VotersAsync(1))[0];
        Assert.Null((await voter.GetDocumentAsync(path)).QuerySelector(".poll-table"));
        Assert.NotEqual(HttpStatusCode.OK, (await voter.GetAsync($"/polls/{id}/results")).StatusCode);
        var options = (await voter.GetDocumentAsync(path)).QuerySelectorAll($"#poll-{id} input[name=options]").Select(i => i.GetAttribute("value")!).ToList();
        await VoteAsync(voter, path, id, options[0]);
        Assert.NotNull((await voter.GetDocumentAsync(path)).QuerySelector(".poll-table"));

        var (verifiedId, verifiedPath) = await fixture.OpenPollAsync("تصويت للهويات الموثقة", ["أ", "ب"], eligibility: "VerifiedIdentity");
        var page = await voter.GetDocumentAsync(verifiedPath);
        Assert.Null(page.QuerySelector(".poll-ballot"));
        Assert.Contains("النفاذ الوطني", page.QuerySelector(".poll")!.TextContent);
        var option = (await fixture.OptionIdsAsync(voter, verifiedPath))[0];
        Assert.Contains("مقصور على الهويات الموثقة", await NoticeAfterAsync(voter, await VoteAsync(voter, verifiedPath, verifiedId, option)));
    }

    [Fact]
    public async Task The_timer_archives_a_poll_at_its_end_with_its_final_results_on_a_stable_page()
    {
        var (id, path) = await fixture.OpenPollAsync("هل نغلق الشارع للمشاة في العطلة؟", ["نعم", "لا"], endsIn: TimeSpan.FromHours(1));
        var voters = await fixture.VotersAsync(3);
        var options = await fixture.OptionIdsAsync(voters[0], path);
        foreach (var v in voters) await VoteAsync(v, path, id, options[0]);

        fixture.Clock.Advance(TimeSpan.FromHours(1.5));
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await fixture.QueryAsync(s => s.Set<Participation.ContentManagement.ContentItem>().Where(x => x.ContentItemId == id && x.Published).Select(x => x.Stage).FirstAsync()) != "Archived")
        {
            Assert.True(DateTime.UtcNow < deadline, "the archive-poll workflow did not archive the poll");
            await Task.Delay(100);
        }
        var late = (await fixture.VotersAsync(1))[0];
        var page = await late.GetDocumentAsync(path);
        Assert.Null(page.QuerySelector(".poll-ballot"));
        Assert.Contains("النتائج النهائية", page.QuerySelector(".poll-results figcaption")!.TextContent);
        Assert.Equal("3", page.QuerySelector($"tr[data-option='{options[0]}'] [data-count]")!.TextContent);
        Assert.Equal("انتهى التصويت.", await NoticeAfterAsync(late, await VoteAsync(late, path, id, options[1])));
        var archive = await late.GetDocumentAsync("/polls/archive");
        Assert.Contains(archive.QuerySelectorAll(".consultation-card h2 a"), a => a.GetAttribute("href") == path);
        Assert.DoesNotContain((await late.GetDocumentAsync("/polls")).QuerySelectorAll(".consultation-card h2 a"), a => a.GetAttribute("href") == path);
    }

    [Fact]
    public async Task A_poll_placed_on_a_page_is_voted_on_there()
    {
        var (id, _) = await fixture.OpenPollAsync("ما رأيك في التصميم الجديد للموقع؟", ["أعجبني", "لم يعجبني"]);
        var admin = await fixture.AdminAsync();
        var created = await admin.SubmitFormAsync("/admin/contents/create/Page", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "الموقع الجديد", ["AutoroutePart.Path"] = "new-site", ["MarkdownBodyPart.Markdown"] = "أطلقنا تصميماً جديداً.", ["PollWidgetPart.PollContentItemId"] = id,
        }, submitValue: "publish");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var voter = (await fixture.VotersAsync(1))[0];
        var page = await voter.GetDocumentAsync("/new-site");
        Assert.Equal("ما رأيك في التصميم الجديد للموقع؟", page.QuerySelector($"#poll-{id} h2")!.TextContent.Trim());
        var option = page.QuerySelector($"#poll-{id} input[name=options]")!.GetAttribute("value")!;
        var voted = await VoteAsync(voter, "/new-site", id, option);
        Assert.StartsWith("/new-site", voted.Headers.Location!.OriginalString);
        Assert.Equal("1", (await voter.GetDocumentAsync("/new-site")).QuerySelector($"#poll-{id} tr[data-option='{option}'] [data-count]")!.TextContent);
    }

    [Fact]
    public async Task Exports_count_by_option_and_day_and_never_name_a_voter()
    {
        var (id, path) = await fixture.OpenPollAsync("تصدير", ["أ", "ب"]);
        var voters = await fixture.VotersAsync(3);
        var options = await fixture.OptionIdsAsync(voters[0], path);
        for (var i = 0; i < 3; i++) await VoteAsync(voters[i], path, id, options[i == 2 ? 1 : 0]);
        var admin = await fixture.AdminAsync();
        var csv = await admin.GetStringAsync($"/admin/polls/{id}/export.csv");
        var lines = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("Day,OptionId,OptionAr,OptionEn,Votes", lines[0]);
        Assert.Contains(lines, l => l.EndsWith(",Voters,3"));
        Assert.Contains(lines, l => l.Contains($",{options[0]},أ,") && l.EndsWith(",2"));
        Assert.Contains(lines, l => l.Contains($",{options[1]},ب,") && l.EndsWith(",1"));
        Assert.DoesNotContain("@mail.example", csv);
        var xlsx = await admin.GetAsync($"/admin/polls/{id}/export.xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        using var workbook = new ClosedXML.Excel.XLWorkbook(await xlsx.Content.ReadAsStreamAsync());
        Assert.Equal(3, workbook.Worksheets.First().RowsUsed().Count() - 1);
        Assert.NotEqual(HttpStatusCode.OK, (await voters[0].GetAsync($"/admin/polls/{id}/export.csv")).StatusCode);
    }
}
