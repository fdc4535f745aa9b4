using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Participation.Comments.Models;
using Participation.Email.Models;
using Participation.Polls.Models;
using Participation.Requests.Models;
using Participation.Testing;
using Participation.Users;
using Xunit.Abstractions;

namespace Participation.IntegrationTests.Cluster;

/// <summary>
/// Complaints, comments and votes sent through nginx for a few seconds by several visitors at
/// once, each recorded as acknowledged (the site said it was taken), refused with an error, or
/// unanswered; then checked against the database and the SMTP server.
/// </summary>
internal sealed class SubmissionLoad
{
    public const string AcknowledgementSubject = "استلمنا طلبك رقم";
    private const string VoterPassword = "Voter-pass-2026";

    private readonly SiteCluster _cluster;
    private readonly string _pageId;
    private readonly string _pagePath;
    private readonly string _pollId;
    private readonly string _pollPath;
    private readonly IReadOnlyList<string> _options;
    private readonly ConcurrentQueue<HttpClient> _voters;
    private readonly IReadOnlyList<HttpClient> _commenters;
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];

    private readonly ConcurrentDictionary<string, string> _complaints = new(); // email → reference
    private readonly ConcurrentBag<string> _comments = [];
    private readonly ConcurrentBag<HttpClient> _votes = [];
    private readonly ConcurrentDictionary<HttpClient, string> _voterLogins = new();
    private int _refused;
    private int _unanswered;

    private SubmissionLoad(SiteCluster cluster, string pageId, string pagePath, string pollId, string pollPath, IReadOnlyList<string> options,
        IEnumerable<(HttpClient Client, string Login)> voters, IReadOnlyList<HttpClient> commenters)
    {
        _cluster = cluster;
        _pageId = pageId;
        _pagePath = pagePath;
        _pollId = pollId;
        _pollPath = pollPath;
        _options = options;
        foreach (var (client, login) in voters) _voterLogins[client] = login;
        _voters = new ConcurrentQueue<HttpClient>(_voterLogins.Keys);
        _commenters = commenters;
    }

    /// <summary>A page that takes comments, an open poll, and signed-in voters and commenters, all through nginx.</summary>
    public static async Task<SubmissionLoad> PrepareAsync(SiteCluster cluster, int voters)
    {
        var admin = await cluster.AdminThroughProxyAsync();
        var path = $"load-{Guid.NewGuid():N}"[..14];
        var page = await admin.SubmitFormAsync("/admin/contents/create/Page", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "خطة النقل العام", ["AutoroutePart.Path"] = path, ["MarkdownBodyPart.Markdown"] = "شاركونا آراءكم.", ["CommentsPart.Enabled"] = "true",
        }, submitValue: "publish");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        var (pollId, pollPath) = await admin.OpenPollAsync(DateTime.UtcNow, "هل تؤيد تمديد ساعات الحافلات؟", ["نعم", "لا"]);
        var options = (await admin.GetDocumentAsync(pollPath)).QuerySelectorAll(".poll-table tr[data-option]").Select(r => r.GetAttribute("data-option")!).ToList();

        var logins = await cluster.Observer.CreateCitizensAsync(voters + 2, VoterPassword, "load");
        // A few at a time: signing in hashes a password, and the load is the submissions, not this.
        using var gate = new SemaphoreSlim(4);
        var clients = await Task.WhenAll(logins.Select(async login =>
        {
            await gate.WaitAsync();
            try
            {
                var client = cluster.Nginx.CreateClient();
                await client.SignInAsync(login, VoterPassword);
                return (client, login);
            }
            finally { gate.Release(); }
        }));
        return new SubmissionLoad(cluster, page.Headers.Location!.OriginalString.Split('/')[3], "/" + path, pollId, pollPath, options,
            clients.Skip(2), [.. clients.Take(2).Select(c => c.client)]);
    }

    /// <summary>Sends for <paramref name="duration"/>: three visitors filing complaints, two commenting, two voters at a time.</summary>
    public async Task RunAsync(TimeSpan duration)
    {
        var until = Stopwatch.StartNew();
        bool Going() => until.Elapsed < duration;
        var complaints = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            var client = _cluster.Nginx.CreateClient();
            while (Going()) await Attempt(async () =>
            {
                var email = $"load-{_run}-{Guid.NewGuid():N}"[..30] + "@mail.example";
                var (reference, refused) = await FileComplaintAsync(client, email);
                if (reference is not null) _complaints[email] = reference;
                return refused;
            });
        }));
        var comments = _commenters.Select(client => Task.Run(async () =>
        {
            while (Going()) await Attempt(async () =>
            {
                // Letters only in the marker: a run of digits may read as a phone number, which screening masks.
                var marker = string.Concat(Guid.NewGuid().ToString("N").Select(c => char.IsDigit(c) ? (char)('g' + (c - '0')) : c));
                var text = $"أقترح خطاً إلى الجامعة، رقم المتابعة {marker}"[..48];
                var response = await client.SubmitFormAsync(_pagePath, new Dictionary<string, string> { ["text"] = text, ["acceptTerms"] = "true" }, "form.comment-form");
                if (!await AcceptedAsync(client, response)) return true;
                _comments.Add(text);
                return false;
            });
        }));
        var votes = Enumerable.Range(0, 2).Select(worker => Task.Run(async () =>
        {
            while (Going() && _voters.TryDequeue(out var voter)) await Attempt(async () =>
            {
                var response = await voter.VoteAsync(_pollPath, _pollId, _options[_voterLogins[voter].Length % 2]);
                if (!await AcceptedAsync(voter, response)) return true;
                _votes.Add(voter);
                return false;
            });
        }));
        await Task.WhenAll(complaints.Concat(comments).Concat(votes));
    }

    /// <summary>Files a complaint through the public form: its reference when the site took it, and whether it was refused.</summary>
    public static async Task<(string? Reference, bool Refused)> FileComplaintAsync(HttpClient client, string email)
    {
        var response = await client.SubmitFormAsync("/requests/complaint", new Dictionary<string, string>
        {
            ["Name"] = "سالم الحربي", ["Email"] = email, ["Subject"] = "تأخر الحافلة", ["Message"] = "تأخرت الحافلة نصف ساعة عن موعدها.", ["Category"] = "public-spaces",
        });
        var location = response.Headers.Location?.OriginalString ?? "";
        return response.StatusCode == HttpStatusCode.Redirect && location.StartsWith("/requests/sent/", StringComparison.Ordinal)
            ? (location["/requests/sent/".Length..].Split('?')[0], false)
            : (null, true);
    }

    /// <summary>A post the site answered with a redirect to a page that shows no error notice: what a person reads as "taken".</summary>
    private static async Task<bool> AcceptedAsync(HttpClient client, HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.Redirect) return false;
        var page = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        return page.QuerySelector(".notice-error") is null;
    }

    private async Task Attempt(Func<Task<bool>> send)
    {
        try
        {
            if (await send()) Interlocked.Increment(ref _refused);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            // No answer (the node died under it), or a page that answered an error while being read.
            Interlocked.Increment(ref _unanswered);
        }
    }

    /// <summary>Every acknowledged complaint, comment and vote is in the database; reference numbers are unique. Returns the addresses of the complaints stored.</summary>
    public async Task<IReadOnlyList<string>> AssertNothingAcknowledgedLostAsync(ITestOutputHelper output)
    {
        var prefix = $"load-{_run}-";
        var stored = await _cluster.QueryAsync(s => s.Set<ServiceRequest>().Where(r => r.Email.StartsWith(prefix)).Select(r => new { r.Email, r.ReferenceNumber }).ToListAsync());
        var comments = await _cluster.QueryAsync(s => s.Set<Comment>().Where(c => c.ContentItemId == _pageId).Select(c => c.Text).ToListAsync());
        var ballots = await _cluster.QueryAsync(s => (from b in s.Set<PollBallot>() join u in s.Set<ParticipationUser>() on b.UserId equals u.Id where b.PollId == _pollId select u.UserName!).ToListAsync());

        output.WriteLine($"complaints acknowledged {_complaints.Count}, found {_complaints.Keys.Count(e => stored.Any(r => r.Email == e))} (stored in all {stored.Count}); "
            + $"comments acknowledged {_comments.Count}, found {_comments.Count(comments.Contains)}; votes acknowledged {_votes.Count}, found {_votes.Count(v => ballots.Contains(_voterLogins[v]))}; "
            + $"refused {_refused}, unanswered {_unanswered}");
        Assert.True(_complaints.Count > 0, "the load had no complaint acknowledged");
        foreach (var (email, reference) in _complaints) Assert.Contains(stored, r => r.Email == email && r.ReferenceNumber == reference);
        Assert.Equal(stored.Count, stored.Select(r => r.ReferenceNumber).Distinct().Count());
        Assert.All(_comments, text => Assert.Contains(text, comments));
        Assert.All(_votes, voter => Assert.Contains(_voterLogins[voter], ballots));
        Assert.Equal(ballots.Count, ballots.Distinct().Count());
        return [.. stored.Select(r => r.Email)];
    }

    /// <summary>Once the outbox has sent everything (a killed node's claims, of events and of emails, pass on after their leases), each stored complaint got exactly one acknowledgement.</summary>
    public async Task AssertEachAcknowledgementSentOnceAsync(IReadOnlyList<string> emails, ITestOutputHelper output)
    {
        var watch = Stopwatch.StartNew();
        // Each complaint's acknowledgement is written by a workflow after the complaint: one the
        // killed node had taken is only in the outbox once its workflow lease has passed.
        while (true)
        {
            var outbox = await _cluster.QueryAsync(s => s.Set<OutboxMessage>().Where(m => emails.Contains(m.To)).Select(m => new { m.To, m.Status }).ToListAsync());
            var sent = outbox.Where(m => m.Status == OutboxStatus.Sent).Select(m => m.To).Distinct().Count();
            if (sent == emails.Count && outbox.All(m => m.Status == OutboxStatus.Sent)) break;
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60),
                $"within 60 s the outbox sent acknowledgements to {sent} of {emails.Count} complaints; {emails.Count - outbox.Select(m => m.To).Distinct().Count()} had none written yet");
            await Task.Delay(200);
        }
        output.WriteLine($"every acknowledgement recorded as sent {watch.Elapsed.TotalSeconds:0.0} s after the load");
        // The test server writes a message down just after accepting it: wait for each one to be there,
        // then look again for a second copy (a delivery repeated after the kill).
        foreach (var email in emails) await _cluster.Smtp.WaitForMailAsync(email, AcknowledgementSubject);
        var received = _cluster.Smtp.Mails.Where(m => m.Subject.Contains(AcknowledgementSubject, StringComparison.Ordinal)).ToList();
        Assert.All(emails, email => Assert.Single(received, m => m.IsFor(email)));
        output.WriteLine($"acknowledgements received by the SMTP server: {emails.Count} complaints, {emails.Count(e => received.Count(m => m.IsFor(e)) == 1)} with exactly one");
    }
}
