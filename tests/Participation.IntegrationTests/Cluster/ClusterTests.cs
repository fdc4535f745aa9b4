using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Participation.Polls.Models;
using Participation.Testing;
using Participation.Testing.Cluster;
using Xunit.Abstractions;

namespace Participation.IntegrationTests.Cluster;

/// <summary>
/// Several nodes as one site: a person, a form, a change, a file and a cached page move between
/// them; a vote storm through nginx counts exactly; a node killed, PostgreSQL or Redis stopped
/// under load loses nothing that was acknowledged. The figures go to the test output.
/// </summary>
public class ClusterTests(SiteCluster cluster, ITestOutputHelper output) : IClassFixture<SiteCluster>
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    /// <summary>
    /// A change on one node is honoured on the others within this bound (Redis carries the cache
    /// removals and search changes as they happen; each test logs how long it took, about a second
    /// or less on a quiet machine). The bound only keeps a failing test from hanging: it is far
    /// above what a loaded CI machine takes and still below the minute after which a node's cached
    /// values expire by themselves, so a node that was never told still fails it.
    /// </summary>
    private static readonly TimeSpan Propagation = TimeSpan.FromSeconds(30);

    /// <summary>How long a node may take to notice that PostgreSQL or Redis went or came back: only a guard against hanging.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private ClusterNode A => cluster.Nodes[0];
    private ClusterNode B => cluster.Nodes[1];
    private ClusterNode C => cluster.Nodes[2];

    [Fact]
    public async Task A_person_signed_in_on_one_node_carries_on_on_another_and_a_form_one_node_rendered_posts_to_another()
    {
        var cookies = new CookieContainer();
        var onA = await cluster.AdminAsync(A, cookies);
        var onB = B.CreateClient(cookies);
        Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync("/admin")).StatusCode);

        var path = $"shared-{Guid.NewGuid():N}"[..16];
        var created = await onA.SubmitFormThroughAsync(onB, "/admin/contents/create/Page",
            new Dictionary<string, string> { ["TitlePart.Title"] = "مواعيد المراكز الصحية", ["AutoroutePart.Path"] = path, ["MarkdownBodyPart.Markdown"] = "تفتح المراكز من السابعة." },
            submitValue: "publish");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("تفتح المراكز من السابعة.", (await C.CreateClient().GetDocumentAsync("/" + path)).QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Every_node_protects_cookies_and_forms_with_the_one_key_of_the_site_not_one_it_made_while_joining()
    {
        // A key a joining node made before it found the site would be copied in as the newest and
        // used for its cookies, which a node started earlier does not reload for hours (it answers 400).
        var keys = await cluster.QueryAsync(s => s.Set<Participation.Cluster.DataProtectionKey>().Select(k => k.FriendlyName).ToListAsync());
        Assert.Single(keys);
        foreach (var node in cluster.Nodes.Skip(1))
        {
            var folder = new DirectoryInfo(Path.Combine(node.DataPath, "keys"));
            Assert.True(!folder.Exists || folder.GetFiles().Length == 0, $"node {node.Number} made a key of its own in its data folder: {string.Join(", ", folder.GetFiles().Select(f => f.Name))}");
        }
    }

    [Fact]
    public async Task Settings_and_a_logo_saved_on_one_node_show_on_the_others_at_once()
    {
        var onB = B.CreateClient();
        var onC = C.CreateClient();
        await onB.GetDocumentAsync("/"); // the home page is now in the shared cache
        var admin = await cluster.AdminAsync(A);
        var name = "وزارة " + Guid.NewGuid().ToString("N")[..6];
        var saved = await admin.SubmitFormWithFilesAsync("/admin/settings", new Dictionary<string, string> { ["SiteName"] = name }, [("logo", "شعار.png", Png)]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var seen = await WithinAsync(Propagation, async () =>
            (await onB.GetDocumentAsync("/")).QuerySelector(".brand")!.TextContent.Contains(name)
            && (await onC.GetDocumentAsync("/?culture=ar")).QuerySelector(".brand")!.TextContent.Contains(name));
        output.WriteLine($"site name seen on nodes 2 and 3 {seen.TotalMilliseconds:0} ms after it was saved on node 1");

        // Uploaded on A, into the database file store (no folder shared): C serves it.
        var logo = (await onC.GetDocumentAsync("/")).QuerySelector(".hero img.agency-logo")!.GetAttribute("src")!;
        var image = await onC.GetAsync(logo);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal(Png, await image.Content.ReadAsByteArrayAsync());
        Assert.True(await cluster.QueryAsync(s => s.Set<Participation.Files.StoredFile>().AnyAsync(f => f.Length == Png.Length)), "the logo is not in the database file store");
    }

    [Fact]
    public async Task A_permission_granted_to_a_role_on_one_node_is_honoured_on_another_at_once()
    {
        var admin = await cluster.AdminAsync(A);
        var name = $"analyst{Guid.NewGuid():N}"[..18];
        const string role = "Analyst";
        var created = await admin.SubmitFormAsync("/admin/users/create", new Dictionary<string, string>
        {
            ["UserName"] = name, ["DisplayName"] = "محلل", ["Email"] = $"{name}@ministry.example", ["Password"] = "Staff-pass-2026", ["Roles"] = role,
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var staff = B.CreateClient();
        await staff.SignInAsync(name, "Staff-pass-2026");
        Assert.Equal(HttpStatusCode.Redirect, (await staff.GetAsync("/admin/users")).StatusCode);

        var form = await admin.GetDocumentAsync($"/admin/roles/{role}");
        var granted = form.QuerySelectorAll("input[name=granted][checked]").Select(i => i.GetAttribute("value")!).Append("ManageUsers").Distinct();
        var content = new FormUrlEncodedContent(granted.Select(g => KeyValuePair.Create("granted", g))
            .Append(KeyValuePair.Create("__RequestVerificationToken", form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync($"/admin/roles/{role}", content)).StatusCode);

        var seen = await WithinAsync(Propagation, async () => (await staff.GetAsync("/admin/users")).StatusCode == HttpStatusCode.OK);
        output.WriteLine($"permission honoured on node 2 {seen.TotalMilliseconds:0} ms after it was granted on node 1");
    }

    [Fact]
    public async Task An_edit_on_one_node_shows_on_the_page_another_node_had_cached()
    {
        var admin = await cluster.AdminAsync(A);
        var path = $"cached-{Guid.NewGuid():N}"[..16];
        var created = await admin.SubmitFormAsync("/admin/contents/create/Page",
            new Dictionary<string, string> { ["TitlePart.Title"] = "جدول جمع النفايات", ["AutoroutePart.Path"] = path, ["MarkdownBodyPart.Markdown"] = "الجمع يوم الأحد." }, submitValue: "publish");
        var edit = created.Headers.Location!.OriginalString;

        // Pages are cached per host, as nginx passes it on: both visitors ask for the public one.
        var visitorB = B.CreateClient();
        var visitorC = C.CreateClient();
        visitorB.DefaultRequestHeaders.Host = visitorC.DefaultRequestHeaders.Host = "participation.example.gov";
        (await visitorB.GetAsync("/" + path)).EnsureSuccessStatusCode();
        // C is served what B rendered: the cache is shared.
        var fromCache = await visitorC.GetAsync("/" + path);
        Assert.True(fromCache.Headers.Age is not null, "node 3 rendered the page itself instead of serving node 2's cached copy");

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync(edit, new Dictionary<string, string> { ["MarkdownBodyPart.Markdown"] = "الجمع يوم الاثنين." }, submitValue: "publish")).StatusCode);
        Assert.Contains("الجمع يوم الاثنين.", (await visitorB.GetDocumentAsync("/" + path)).QuerySelector("main")!.TextContent);
        Assert.Contains("الجمع يوم الاثنين.", (await visitorC.GetDocumentAsync("/" + path)).QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Through_nginx_the_site_sees_https_and_its_public_host()
    {
        var visitor = cluster.Nginx.CreateClient();
        visitor.DefaultRequestHeaders.Host = "participation.example.gov";
        var home = await visitor.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        // HSTS is sent over HTTPS, to a host that is not the machine itself: the node knows the
        // visitor came over HTTPS to the public name although nginx spoke HTTP to it on 127.0.0.1.
        Assert.True(home.Headers.Contains("Strict-Transport-Security"), "no HSTS: the node did not see the forwarded https");
        var signIn = await visitor.SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Login"] = SiteFactory.AdminUserName, ["Password"] = SiteFactory.AdminPassword });
        Assert.Contains(signIn.Headers.GetValues("Set-Cookie"), c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_vote_storm_spread_over_the_nodes_through_nginx_counts_every_vote_once()
    {
        var admin = await cluster.AdminThroughProxyAsync();
        var (id, path) = await admin.OpenPollAsync(DateTime.UtcNow, "أي موعد يناسب السوق الأسبوعي؟", ["الجمعة", "السبت", "الأحد"]);
        var options = (await admin.GetDocumentAsync(path)).QuerySelectorAll(".poll-table tr[data-option]").Select(r => r.GetAttribute("data-option")!).ToList();
        var voters = await cluster.Observer.CreateCitizensAsync(30, "Voter-pass-2026", "storm");

        var answers = await Task.WhenAll(voters.Select((voter, i) => Task.Run(async () =>
        {
            var client = cluster.Nginx.CreateClient();
            await client.SignInAsync(voter, "Voter-pass-2026");
            var first = await client.VoteAsync(path, id, options[i % 3]);
            var again = await client.VoteAsync(path, id, options[(i + 1) % 3]);
            return (first.StatusCode, again.StatusCode);
        })));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Redirect, a.Item1));
        var ballots = await cluster.QueryAsync(s => s.Set<PollBallot>().Where(b => b.PollId == id).CountAsync());
        Assert.Equal(voters.Count, ballots);
        var counts = await cluster.QueryAsync(s => s.Set<PollCount>().Where(c => c.PollId == id && c.Day == PollCount.AllDays).ToDictionaryAsync(c => c.OptionId, c => c.Count));
        for (var o = 0; o < 3; o++) Assert.Equal(voters.Count / 3, counts[options[o]]);
        Assert.Equal(voters.Count, counts[PollCount.Voters]);
    }

    [Fact]
    public async Task A_node_killed_in_the_middle_of_a_load_loses_nothing_it_acknowledged_and_sends_each_acknowledgement_once()
    {
        var load = await SubmissionLoad.PrepareAsync(cluster, voters: 40);
        var stopwatch = Stopwatch.StartNew();
        var running = load.RunAsync(TimeSpan.FromSeconds(5));
        await Task.Delay(TimeSpan.FromSeconds(2));
        await B.KillAsync();
        var killedAt = stopwatch.Elapsed;
        await running;
        output.WriteLine($"node 2 killed (SIGKILL) {killedAt.TotalSeconds:0.0} s into a {stopwatch.Elapsed.TotalSeconds:0.0} s load");

        try
        {
            var found = await load.AssertNothingAcknowledgedLostAsync(output);
            await load.AssertEachAcknowledgementSentOnceAsync(found, output);
        }
        finally
        {
            await B.StartAsync();
        }
    }

    [Fact]
    public async Task A_node_stopped_with_SIGTERM_under_load_answers_what_it_took_hands_its_claims_back_and_loses_nothing()
    {
        var load = await SubmissionLoad.PrepareAsync(cluster, voters: 30);
        var running = load.RunAsync(TimeSpan.FromSeconds(5));
        await Task.Delay(TimeSpan.FromSeconds(2));
        var stopping = Stopwatch.StartNew();
        await C.TerminateAsync();
        stopping.Stop();
        var stoppedUtc = DateTime.UtcNow;
        await running;
        output.WriteLine($"node 3 stopped (SIGTERM) in {stopping.ElapsedMilliseconds} ms, in the middle of the load");

        try
        {
            Assert.False(C.IsRunning, "node 3 did not stop on SIGTERM");
            Assert.NotEmpty(C.LogLinesWith("Application is shutting down"));
            // A claim made before the stop ends by the stop plus the lease (10 s); one another node made
            // afterwards ends later. So a claim still held with the earlier end is one node 3 kept.
            var leaseEnd = stoppedUtc.AddSeconds(10);
            var released = await WithinAsync(TimeSpan.FromSeconds(5), async () =>
                await cluster.QueryAsync(s => s.Set<Participation.Email.Models.OutboxMessage>().CountAsync(m => m.Status == Participation.Email.Models.OutboxStatus.Sending && m.LockedUntilUtc <= leaseEnd)) == 0
                && await cluster.QueryAsync(s => s.Set<Participation.Workflows.Models.WorkflowEventRecord>().CountAsync(e => e.Status == Participation.Workflows.Models.WorkflowEventStatus.Processing && e.LockedUntilUtc <= leaseEnd)) == 0);
            output.WriteLine($"no email or workflow event left claimed {released.TotalMilliseconds:0} ms after node 3 stopped (its lease would have held them 10 s)");
            var found = await load.AssertNothingAcknowledgedLostAsync(output);
            await load.AssertEachAcknowledgementSentOnceAsync(found, output);
        }
        finally
        {
            await C.StartAsync();
        }
    }

    [Fact]
    public async Task PostgreSQL_stopped_under_load_fails_requests_fast_with_the_error_page_and_the_site_recovers_by_itself()
    {
        var load = await SubmissionLoad.PrepareAsync(cluster, voters: 20);
        var running = load.RunAsync(TimeSpan.FromSeconds(12));
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        await cluster.Postgres.StopAsync();
        var stopped = Stopwatch.StartNew();
        try
        {
            var notReady = await WithinAsync(Patience, async () => (await Task.WhenAll(cluster.Nodes.Select(HealthCodeAsync))).All(code => code == HttpStatusCode.ServiceUnavailable));
            output.WriteLine($"/health 503 on every node {notReady.TotalMilliseconds:0} ms after PostgreSQL stopped");

            var timer = Stopwatch.StartNew();
            // A list no one has asked for yet: not in the output cache, so it needs the database
            // (the complaint form does not: its settings and departments are in the data cache).
            var failed = await A.CreateClient().GetAsync($"/consultations?v={Guid.NewGuid():N}");
            timer.Stop();
            Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
            Assert.Contains("حدث خطأ", await failed.Content.ReadAsStringAsync());
            output.WriteLine($"a page that needs the database failed in {timer.ElapsedMilliseconds} ms with the error page");
            Assert.True(timer.Elapsed < TimeSpan.FromSeconds(10), $"the error page took {timer.Elapsed}: requests must fail fast, not hang");
        }
        finally
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            await cluster.Postgres.StartAsync();
        }
        var started = stopped.Elapsed;
        var ready = await WithinAsync(Patience, async () => (await Task.WhenAll(cluster.Nodes.Select(n => ClusterNode.HealthAsync(n.CreateClient())))).All(s => s == "Healthy"));
        output.WriteLine($"PostgreSQL down {started.TotalSeconds:0.0} s; every node ready again {ready.TotalMilliseconds:0} ms after it was back");
        await running;

        var (reference, _) = await SubmissionLoad.FileComplaintAsync(cluster.Nginx.CreateClient(), $"after-outage-{Guid.NewGuid():N}@mail.example");
        Assert.NotNull(reference);
        await load.AssertNothingAcknowledgedLostAsync(output);
    }

    [Fact]
    public async Task Redis_stopped_under_load_leaves_the_site_serving_degraded_and_it_catches_up_when_Redis_is_back()
    {
        var load = await SubmissionLoad.PrepareAsync(cluster, voters: 20);
        var word = "";
        var rebuiltBefore = C.LogLinesWith(RebuiltConsultations).Count;
        var running = load.RunAsync(TimeSpan.FromSeconds(6));
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await cluster.Redis.StopAsync();
        try
        {
            var degraded = await WithinAsync(Patience, async () => (await Task.WhenAll(cluster.Nodes.Select(n => ClusterNode.HealthAsync(n.CreateClient())))).All(s => s == "Degraded"));
            output.WriteLine($"every node degraded (still ready) {degraded.TotalMilliseconds:0} ms after Redis stopped");
            var cookies = new CookieContainer();
            var adminOnA = await cluster.AdminAsync(A, cookies);
            Assert.Equal(HttpStatusCode.OK, (await C.CreateClient(cookies).GetAsync("/admin")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await B.CreateClient().GetAsync("/")).StatusCode);
            Assert.All(cluster.Nodes, n => Assert.NotEmpty(n.LogLinesWith("Redis connection lost")));
            // Published on A while the other nodes cannot hear of it.
            (word, _, _) = await PublishConsultationAsync(adminOnA);
        }
        finally
        {
            await cluster.Redis.StartAsync();
        }
        var healthy = await WithinAsync(Patience, async () => (await Task.WhenAll(cluster.Nodes.Select(n => ClusterNode.HealthAsync(n.CreateClient())))).All(s => s == "Healthy"));
        output.WriteLine($"every node back on Redis {healthy.TotalMilliseconds:0} ms after it restarted");
        // Node 3 never heard of the consultation: it finds it once it has rebuilt its index from the
        // database, which it does (and says) when Redis is back; from then on, at once.
        var rebuilt = await WithinAsync(Patience, () => Task.FromResult(C.LogLinesWith(RebuiltConsultations).Count > rebuiltBefore));
        output.WriteLine($"node 3 rebuilt its consultations index {rebuilt.TotalMilliseconds:0} ms after every node was back on Redis");
        var onC = await cluster.AdminAsync(C);
        Assert.Equal(1, await FoundAsync(onC, word));
        await running;
        await load.AssertNothingAcknowledgedLostAsync(output);

        // Caught up: a change on one node reaches the others at once again.
        var admin = await cluster.AdminAsync(A);
        var name = "وزارة " + Guid.NewGuid().ToString("N")[..6];
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync("/admin/settings", new Dictionary<string, string> { ["SiteName"] = name })).StatusCode);
        var onB = B.CreateClient();
        var seen = await WithinAsync(Propagation, async () => (await onB.GetDocumentAsync("/")).QuerySelector(".brand")!.TextContent.Contains(name));
        output.WriteLine($"after Redis came back, a new site name reached node 2 in {seen.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task A_consultation_published_on_one_node_is_found_by_search_on_another_at_once_and_gone_when_unpublished()
    {
        var admin = await cluster.AdminAsync(A);
        var (word, edit, id) = await PublishConsultationAsync(admin);
        var onB = await cluster.AdminAsync(B);
        var found = await WithinAsync(Propagation, async () => await FoundAsync(onB, word) == 1);
        output.WriteLine($"published on node 1, found by search on node 2 {found.TotalMilliseconds:0} ms later");

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitButtonFormAsync(edit, $"/admin/contents/{id}/unpublish")).StatusCode);
        var gone = await WithinAsync(Propagation, async () => await FoundAsync(onB, word) == 0);
        output.WriteLine($"unpublished on node 1, gone from search on node 2 {gone.TotalMilliseconds:0} ms later");
    }

    [Fact]
    public async Task A_vote_and_a_complaint_through_nginx_move_exactly_those_counters_in_the_nodes_metrics_which_nginx_does_not_serve()
    {
        var admin = await cluster.AdminThroughProxyAsync();
        var (id, path) = await admin.OpenPollAsync(DateTime.UtcNow, "هل تؤيد نقل السوق إلى الساحة؟", ["نعم", "لا"]);
        var option = (await admin.GetDocumentAsync(path)).QuerySelector(".poll-table tr[data-option]")!.GetAttribute("data-option")!;
        var voter = (await cluster.Observer.CreateCitizensAsync(1, "Voter-pass-2026", "metrics"))[0];
        var citizen = cluster.Nginx.CreateClient();
        await citizen.SignInAsync(voter, "Voter-pass-2026");

        // Prometheus scrapes every node and adds them up; so does the test.
        var before = await Task.WhenAll(cluster.Nodes.Select(n => PrometheusScrape.ReadAsync(n.CreateClient())));
        Assert.Equal(HttpStatusCode.Redirect, (await citizen.VoteAsync(path, id, option)).StatusCode);
        var (reference, _) = await SubmissionLoad.FileComplaintAsync(cluster.Nginx.CreateClient(), $"metrics-{Guid.NewGuid():N}@mail.example");
        Assert.NotNull(reference);
        var after = await Task.WhenAll(cluster.Nodes.Select(n => PrometheusScrape.ReadAsync(n.CreateClient())));

        double Moved(string name, string? label = null) => PrometheusScrape.Sum(after, name, label) - PrometheusScrape.Sum(before, name, label);
        Assert.Equal(1, Moved("participation_votes_accepted_total"));
        Assert.Equal(1, Moved("participation_requests_accepted_total", "kind=\"complaint\""));
        Assert.Equal(1, Moved("participation_requests_accepted_total"));
        Assert.Equal(0, Moved("participation_comments_accepted_total"));
        Assert.Equal(0, Moved("participation_idea_supports_accepted_total"));
        Assert.All(after, node =>
        {
            Assert.True(node.Has("participation_outbox_backlog"), "no outbox backlog gauge");
            Assert.True(node.Has("participation_outbox_oldest_age_seconds"), "no age of the oldest unsent email");
            Assert.True(node.Has("participation_workflow_events_backlog"), "no workflow backlog gauge");
            Assert.True(node.Has("http_server_request_duration_seconds_count"), "no ASP.NET Core request metrics");
        });
        output.WriteLine($"outbox backlog after the complaint: {PrometheusScrape.Sum(after, "participation_outbox_backlog") / after.Length:0} (every node reads the same table)");

        // The public address never shows them, not even to a visitor on the proxy's own machine.
        Assert.Equal(HttpStatusCode.NotFound, (await cluster.Nginx.CreateClient().GetAsync("/metrics")).StatusCode);
    }

    /// <summary>An open consultation whose title holds a word no other item has; that word, its edit page and its id.</summary>
    private static async Task<(string Word, string Edit, string Id)> PublishConsultationAsync(HttpClient admin)
    {
        var word = "مرآب" + string.Concat(Guid.NewGuid().ToString("N")[..10].Select(c => (char)('ب' + Convert.ToInt32(c.ToString(), 16))));
        var created = await admin.SubmitFormAsync("/admin/contents/create/Consultation", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = $"توسعة {word} البلدية", ["AutoroutePart.Path"] = $"garage-{Guid.NewGuid():N}"[..16],
            ["ConsultationPart.Closes"] = DateTime.UtcNow.AddDays(9).ToString("yyyy-MM-ddTHH:mm"),
        }, submitValue: "publish");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var edit = created.Headers.Location!.OriginalString;
        var id = edit.Split('/')[3];
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitButtonFormAsync(edit, $"/admin/contents/{id}/stage/Open")).StatusCode);
        return (word, edit, id);
    }

    /// <summary>What a node logs when it has rebuilt its copy of the consultations' search index from the database.</summary>
    private const string RebuiltConsultations = "Search index consultations rebuilt";

    /// <summary>
    /// How many consultations the search finds for the word, as a signed-in person sees it: the page
    /// may come from the shared cache, which a node whose index had not caught up yet must not leave stale.
    /// </summary>
    private static async Task<int> FoundAsync(HttpClient signedIn, string word)
        => (await signedIn.GetDocumentAsync("/consultations?q=" + Uri.EscapeDataString(word))).QuerySelectorAll(".consultation-card").Length;

    private static async Task<HttpStatusCode?> HealthCodeAsync(ClusterNode node)
    {
        try { return (await node.CreateClient().GetAsync("/health")).StatusCode; }
        catch (HttpRequestException) { return null; }
    }

    /// <summary>
    /// Asks <paramref name="condition"/> again and again until it holds; fails when no request sent
    /// within <paramref name="deadline"/> found it so. Returns when the request that found it was sent.
    /// </summary>
    private static async Task<TimeSpan> WithinAsync(TimeSpan deadline, Func<Task<bool>> condition)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var asked = watch.Elapsed;
            Assert.True(asked < deadline, $"not within {deadline.TotalSeconds:0.#} s");
            if (await condition()) return asked;
            await Task.Delay(50);
        }
    }
}
