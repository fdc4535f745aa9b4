using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Participation.Data;
using Participation.Testing;
using Participation.Testing.Seeding;

namespace Participation.IntegrationTests;

/// <summary>
/// The sample site with 30 citizens, 30 more consultations, 600 comments (100 on one
/// consultation), 20 more polls (half archived), ballots, requests, 40 more ideas with 300
/// supports and 30 survey responses: enough rows that a query per row would show.
/// </summary>
public sealed class SeededSite : IAsyncLifetime
{
    public const string Password = "Citizen-pass-2026";

    public SiteFactory Site { get; } = new(new SiteOptions
    {
        AutoSetup = true, Recipe = "ParticipationSample",
        Services = services =>
        {
            services.AddSingleton<SqlCommandRecorder>();
            services.ConfigureDbContext<ParticipationDbContext>((sp, options) => options.AddInterceptors(sp.GetRequiredService<SqlCommandRecorder>()));
        },
    });

    public SqlCommandRecorder Recorder => Site.Services.GetRequiredService<SqlCommandRecorder>();
    public string Citizen { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var citizens = await Site.CreateCitizensAsync(30, Password, "budget");
        await new DatabaseSeeder(_ => { }).SeedAsync(Site.Services, new SeedPlan { Consultations = 30, Comments = 600, CommentsOnBigConsultation = 100, Polls = 20, Ballots = 200, Requests = 50, Ideas = 40, IdeaSupports = 300, SurveyResponses = 30 });
        // The seeder hands comments to the users in the order of their random ids: the signed-in budgets are
        // those of a reader with no comment waiting for review (whose own block is one more read), so pick one.
        await using (var scope = Site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Participation.Users.ParticipationUser>>();
            var session = scope.ServiceProvider.GetRequiredService<IDataSession>();
            foreach (var login in citizens)
            {
                var id = (await users.FindByNameAsync(login))!.Id;
                if (await session.Set<Participation.Comments.Models.Comment>().AnyAsync(c => c.AuthorId == id && c.Status != Participation.Comments.CommentStatus.Published)) continue;
                Citizen = login;
                break;
            }
        }
        Assert.NotEqual("", Citizen);
        // Seeded rows bypass the content handlers: the rebuild a restart runs brings the list's index tables level.
        await Site.Services.GetServices<IHostedService>().OfType<Participation.Consultations.Services.ConsultationIndexRebuild>().Single().StartAsync(default);
        await Site.Services.GetServices<IHostedService>().OfType<Participation.Ideas.Services.IdeaIndexRebuild>().Single().StartAsync(default);
    }

    public Task DisposeAsync()
    {
        Site.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>
/// Each public page sends at most its budget of SQL commands, however many rows it shows: a
/// query per consultation, comment or author (an N+1) fails here long before it slows the site.
/// Counts are deterministic; lower a budget when a change lowers the count.
/// </summary>
public class SqlCommandBudgetTests(SeededSite fixture) : IClassFixture<SeededSite>
{
    public static TheoryData<string, string, int> AnonymousPages => new()
    {
        { "home", "/", 0 },
        { "consultation list", "/consultations", 3 },
        { "consultation list, open ones", "/consultations?stage=Open", 3 },
        { "consultation list, one department", "/consultations?department=planning", 3 },
        { "consultation list, Arabic search", "/consultations?q=ممرات", 3 },
        { "consultation with 100 comments", "/shaded-walkways", 6 },
        { "poll page", "/park-hours-poll", 3 },
        { "open polls", "/polls", 3 },
        { "polls archive", "/polls/archive", 3 },
        { "content page", "/how-to-take-part", 1 },
        { "complaint form", "/requests/complaint", 0 },  // settings and departments come from the data cache
        { "idea topics", "/ideas", 1 },
        { "idea topic", "/ideas/idea-topic-parks", 1 },
        { "idea topic, most supported", "/ideas/idea-topic-parks?sort=MostSupported", 1 },
        { "idea topic, Arabic search", "/ideas/idea-topic-parks?q=الحدائق", 1 },
        { "idea page", "/ideas/idea/idea-park-shade", 1 },
        { "open surveys", "/surveys", 1 },
        { "survey page", "/building-permits-satisfaction", 1 },
        { "survey results", "/surveys/sample-satisfaction-survey/results", 5 },  // the survey, then the analysis' kept counts: responses (started, completed), invited, per choice, per question
        { "open data", "/open-data", 1 },  // the newest build (the licence comes from the data cache)
    };

    public static TheoryData<string, string, int> SignedInPages => new()
    {
        // The pages marked [SharedTemplate] are served from the template the first visit kept (SignedInTemplateTests).
        { "home", "/", 0 },
        { "consultation list", "/consultations", 0 },
        // Item pages share a template too; the reader's own blocks are built per request (PersonalFragmentTests) from
        // the data cache: the items they follow and those with their comments others do not see, read once a minute,
        // and the policy checkbox with their security stamp.
        { "consultation with 100 comments", "/shaded-walkways", 0 },
        // The poll's block reads the person's ballots (a set per person) and the kept counts (per poll, a few
        // seconds) from the data cache, evicted by the commit of a ballot (PersonalFragmentTests); the archive is
        // shared too, its polls' blocks built together.
        { "poll page", "/park-hours-poll", 0 },
        { "polls archive", "/polls/archive", 0 },
        { "content page", "/how-to-take-part", 0 },
        { "open polls", "/polls", 0 },
        { "complaint form", "/requests/complaint", 0 },  // the person's name and email come from the data cache with their security stamp
        { "participation results", "/results", 0 },
        { "idea topics", "/ideas", 0 },
        // The idea pages share a template too (PersonalFragmentTests): the person's supports in the topic (every card's button and the
        // supports left), the timeline (its author sees every step), whether they follow it and their own comments all come from the data cache.
        { "idea topic", "/ideas/idea-topic-parks", 0 },
        { "idea page", "/ideas/idea/idea-park-shade", 0 },
        { "open surveys", "/surveys", 0 },
    };

    [Fact]
    public async Task The_seeded_rows_show_on_the_public_pages()
    {
        var client = fixture.Site.CreateSiteClient();
        Assert.Contains("في الحي رقم", (await client.GetDocumentAsync("/consultations")).QuerySelector("main")!.TextContent);
        Assert.Contains("(99)", (await client.GetDocumentAsync("/shaded-walkways")).QuerySelector("#comments")!.TextContent);
        Assert.Contains("استطلاع رقم 2:", (await client.GetDocumentAsync("/polls/archive")).QuerySelector("main")!.TextContent);
        // Most supports go to the first seeded idea: it leads its topic's most supported order, and search finds the seeded ideas.
        Assert.Contains("فكرة رقم 1:", (await client.GetDocumentAsync("/ideas/idea-topic-parks?sort=MostSupported")).QuerySelector("main article.idea-card")!.TextContent);
        Assert.Contains("فكرة رقم", (await client.GetDocumentAsync("/ideas/idea-topic-parks?q=مظلات")).QuerySelector("main")!.TextContent);
    }

    [Theory, MemberData(nameof(AnonymousPages))]
    public async Task An_anonymous_page_stays_within_its_SQL_budget(string page, string url, int budget)
        => await AssertWithinBudgetAsync(fixture.Site.CreateSiteClient(), page, url, budget);

    [Theory, MemberData(nameof(SignedInPages))]
    public async Task A_signed_in_page_stays_within_its_SQL_budget(string page, string url, int budget)
    {
        var client = fixture.Site.CreateSiteClient();
        await client.SignInAsync(fixture.Citizen, SeededSite.Password);
        await AssertWithinBudgetAsync(client, "signed in: " + page, url, budget);
    }

    /// <summary>
    /// The survey analysis unfiltered reads kept counters — started and completed, each answer, each
    /// question answered — a row or a few per question, whatever the number of responses: no
    /// COUNT over the responses or answers, and no command SQLite would run by scanning a survey table.
    /// </summary>
    [Fact]
    public async Task The_unfiltered_survey_analysis_reads_kept_counts_and_scans_no_survey_table()
    {
        var admin = fixture.Site.CreateSiteClient();
        await admin.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);
        const string url = "/admin/surveys/sample-satisfaction-survey/analysis";
        var commands = await TracedAsync(admin, url);
        // The survey, the recipients' attribute names with whether a service column exists (one GROUP BY, for
        // the filter and cross-tab by respondent), invitations sent, its started and completed responses (one
        // kept row), the answer and question counters; the services list comes from the data cache.
        Assert.True(commands.Count <= AnalysisBudget, $"the analysis sent {commands.Count} SQL commands, over its budget of {AnalysisBudget}:\n" + string.Join("\n---\n", commands.Select((c, i) => $"{i + 1}. {c.Text}")));
        Assert.DoesNotContain(commands, c => c.Text.Contains("FROM \"SurveyResponses\"", StringComparison.Ordinal) || c.Text.Contains("FROM \"SurveyAnswers\"", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.Text.Contains("FROM \"SurveyResponseCounts\"", StringComparison.Ordinal));

        foreach (var (command, detail) in await PlansAsync(commands))
        {
            // SQLite names a table by its alias ("SCAN s"): a command over a table that grows with the
            // invitations and responses must find its rows through an index, never read the table whole.
            Assert.False(detail.StartsWith("SCAN ", StringComparison.Ordinal) && detail != "SCAN CONSTANT ROW" && GrowingSurveyTables.Any(t => command.Text.Contains($"FROM \"{t}\"", StringComparison.Ordinal)), $"{detail}\nin\n{command.Text}");
        }
    }

    private const int AnalysisBudget = 6;

    private static readonly string[] GrowingSurveyTables = ["SurveyResponses", "SurveyAnswers", "SurveyInvitations", "SurveyRecipientAttributes"];

    /// <summary>
    /// A service's trend reads the surveys that evaluate it, found by key in their index table, and
    /// their kept counts: no read of every survey, however many other services' surveys there are.
    /// </summary>
    [Fact]
    public async Task The_service_trend_reads_only_that_services_surveys_through_their_index()
    {
        var admin = fixture.Site.CreateSiteClient();
        await admin.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);
        const string url = "/admin/surveys/services/building-permits/trend";
        var commands = await TracedAsync(admin, url);
        // The service's surveys (the services list comes from the data cache), their completed responses, the answer and question counters.
        Assert.True(commands.Count <= TrendBudget, $"the trend sent {commands.Count} SQL commands, over its budget of {TrendBudget}:\n" + string.Join("\n---\n", commands.Select((c, i) => $"{i + 1}. {c.Text}")));
        var surveys = Assert.Single(commands, c => c.Text.Contains("FROM \"ContentItems\"", StringComparison.Ordinal));
        var plan = (await PlansAsync([surveys])).Select(p => p.Detail).ToList();
        Assert.Contains(plan, d => d.StartsWith("SEARCH ", StringComparison.Ordinal) && d.Contains("SurveyServiceIndex", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, d => d.StartsWith("SCAN ", StringComparison.Ordinal));
        Assert.NotEmpty((await admin.GetDocumentAsync(url)).QuerySelectorAll("#survey-trend tbody tr"));
    }

    private const int TrendBudget = 4;

    /// <summary>SQLite's plan of each command, a line of detail each (<c>SEARCH …</c>, <c>SCAN …</c>).</summary>
    private async Task<IReadOnlyList<(RecordedCommand Command, string Detail)>> PlansAsync(IEnumerable<RecordedCommand> commands)
    {
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<IDataSession>().Database.GetDbConnection();
        await connection.OpenAsync();
        var details = new List<(RecordedCommand, string)>();
        foreach (var command in commands)
        {
            await using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + command.Text;
            foreach (var (name, value) in command.Parameters)
            {
                var parameter = explain.CreateParameter();
                (parameter.ParameterName, parameter.Value) = (name, value ?? DBNull.Value);
                explain.Parameters.Add(parameter);
            }
            await using var plan = await explain.ExecuteReaderAsync();
            while (await plan.ReadAsync()) details.Add((command, plan.GetString(plan.GetOrdinal("detail"))));
        }
        return details;
    }

    /// <summary>The commands of a second visit: a first one warms what the site caches for everyone (settings, menus).</summary>
    private async Task<IReadOnlyList<RecordedCommand>> TracedAsync(HttpClient client, string url)
    {
        (await client.GetAsync(url)).EnsureSuccessStatusCode();
        var trace = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(SqlCommandRecorder.Header, trace);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return fixture.Recorder.RecordedOf(trace);
    }

    /// <summary>Enabling a closing-date workflow arms a timer for every published consultation, a page of them at a time, not a query per consultation.</summary>
    [Fact]
    public async Task Enabling_the_closing_date_workflow_arms_every_consultation_within_its_SQL_budget()
    {
        const string workflow = "close-consultation";
        var admin = fixture.Site.CreateSiteClient();
        await admin.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitButtonFormAsync("/admin/workflows", $"/admin/workflows/{workflow}/enable")).StatusCode);
        Assert.Equal(0, await TimersAsync(workflow, s => s == Participation.Workflows.Models.WorkflowTimerStatus.Pending));

        var page = await admin.GetDocumentAsync("/admin/workflows");
        var form = page.QuerySelector($"form[action='/admin/workflows/{workflow}/enable']")!;
        var fields = form.QuerySelectorAll("input[name]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? "")).ToList();
        Assert.Contains(new KeyValuePair<string, string>("enabled", "true"), fields);
        var trace = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/admin/workflows/{workflow}/enable") { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add(SqlCommandRecorder.Header, trace);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SendAsync(request)).StatusCode);

        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var consultations = await scope.ServiceProvider.GetRequiredService<IDataSession>().Set<Participation.ContentManagement.ContentItem>()
            .CountAsync(i => i.Published && i.ContentType == "Consultation");
        Assert.True(consultations > 30, $"only {consultations} published consultations");
        // A consultation already closed keeps the timer that fired; every other one has a pending timer again.
        Assert.Equal(consultations, await TimersAsync(workflow, s => s != Participation.Workflows.Models.WorkflowTimerStatus.Cancelled));
        // Each new timer is one INSERT; the reads are a page of consultations and their timers, not a query per consultation.
        var reads = fixture.Recorder.CommandsOf(trace).Where(c => c.StartsWith("SELECT", StringComparison.Ordinal)).ToList();
        Assert.True(reads.Count <= TimerReadBudget, $"enabling {workflow} for {consultations} consultations sent {reads.Count} SELECTs, over its budget of {TimerReadBudget}:\n"
            + string.Join("\n---\n", reads.Select((c, i) => $"{i + 1}. {c}")));
    }

    /// <summary>The workflow type, then per page of 500 consultations: the page and its timers.</summary>
    private const int TimerReadBudget = 3;

    private async Task<int> TimersAsync(string workflow, Func<Participation.Workflows.Models.WorkflowTimerStatus, bool> status)
    {
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var statuses = await scope.ServiceProvider.GetRequiredService<IDataSession>().Set<Participation.Workflows.Models.WorkflowTimer>()
            .Where(t => t.WorkflowTypeId == workflow).Select(t => t.Status).ToListAsync();
        return statuses.Count(status);
    }

    private async Task AssertWithinBudgetAsync(HttpClient client, string page, string url, int budget)
    {
        var commands = await TracedAsync(client, url);
        Assert.True(commands.Count <= budget,
            $"{page} ({url}) sent {commands.Count} SQL commands, over its budget of {budget}:\n" + string.Join("\n---\n", commands.Select((c, i) => $"{i + 1}. {c.Text}")));
    }
}
