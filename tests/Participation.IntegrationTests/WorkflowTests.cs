using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Participation.Data;
using Participation.Testing;
using Participation.Workflows.Models;
using Participation.Workflows.Services;

namespace Participation.IntegrationTests;

/// <summary>Workflows as a site from the Participation recipe runs them: timers, stage changes, emails through real SMTP.</summary>
public class WorkflowTests
{
    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Timed out waiting for {what}.");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task A_consultation_closes_by_itself_at_its_closing_date_and_its_followers_hear_of_the_decision()
    {
        await using var smtp = await SmtpTestServer.StartNewAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var site = new SiteFactory(new SiteOptions { AutoSetup = true, Clock = clock, Settings = smtp.SiteSettings });
        var admin = site.CreateSiteClient();
        await admin.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);

        // The editor publishes a consultation that closes in two hours (Riyadh time, UTC+3) and opens it.
        var closesLocal = clock.GetUtcNow().UtcDateTime.AddHours(3 + 2);
        var created = await admin.SubmitFormAsync("/admin/contents/create/Consultation", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "مستقبل النقل العام في المدينة",
            ["AutoroutePart.Path"] = "public-transport",
            ["MarkdownBodyPart.Markdown"] = "نستطلع آراءكم في خطة النقل العام.",
            ["ConsultationPart.Closes"] = closesLocal.ToString("yyyy-MM-ddTHH:mm"),
            ["ConsultationPart.Department"] = "planning",
        }, submitValue: "publish");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var editUrl = created.Headers.Location!.OriginalString;
        var id = editUrl.Split('/')[3];
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitButtonFormAsync(editUrl, $"/admin/contents/{id}/stage/Open")).StatusCode);
        Assert.Contains("جمع المساهمات", (await admin.GetDocumentAsync(editUrl)).QuerySelector(".stage-line [aria-current=step]")!.TextContent);

        // A citizen follows it from its public page.
        var citizen = site.CreateSiteClient();
        await citizen.SubmitFormAsync("/account/register", new Dictionary<string, string>
        {
            ["DisplayName"] = "متابع", ["Email"] = "follower@mail.example", ["Password"] = "Citizen-pass-1", ["ConfirmPassword"] = "Citizen-pass-1", ["AcceptPolicy"] = "true",
        });
        (await citizen.GetAsync(await smtp.ConfirmationLinkAsync("follower@mail.example"))).EnsureSuccessStatusCode();
        await citizen.SignInAsync("follower@mail.example", "Citizen-pass-1");
        Assert.Equal(HttpStatusCode.Redirect, (await citizen.SubmitButtonFormAsync("/public-transport", $"/follow/{id}")).StatusCode);

        // Deciding now is refused: participation has not closed.
        var token = (await admin.GetDocumentAsync(editUrl)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var refused = await admin.PostAsync($"/admin/contents/{id}/stage/Decide", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("لا يمكن «إعلان القرار» في مرحلة «جمع المساهمات».", (await admin.GetDocumentAsync(editUrl)).QuerySelector(".notice-error")!.TextContent);

        // Three hours later the timer has fired: the consultation is closed and the follower told.
        clock.Advance(TimeSpan.FromHours(3));
        var closedMail = await smtp.WaitForMailAsync("follower@mail.example", "انتهت فترة المشاركة");
        Assert.Contains("مستقبل النقل العام في المدينة", closedMail.Message.TextBody);
        Assert.Contains("/public-transport", closedMail.Message.TextBody);
        Assert.Contains("تحليل المساهمات", (await admin.GetDocumentAsync(editUrl)).QuerySelector(".stage-line [aria-current=step]")!.TextContent);

        // The editor writes the decision and announces it.
        await admin.SubmitFormAsync(editUrl, new Dictionary<string, string> { ["ConsultationPart.Decision"] = "نعتمد توسعة خطوط الحافلات." }, "main form.editor", submitValue: "publish");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitButtonFormAsync(editUrl, $"/admin/contents/{id}/stage/Decide")).StatusCode);
        var decision = await smtp.WaitForMailAsync("follower@mail.example", "صدر القرار");
        Assert.Contains("نعتمد توسعة خطوط الحافلات.", decision.Message.TextBody);
        Assert.Contains("dir=\"rtl\"", decision.Message.HtmlBody);

        // The admin shows each step of both runs.
        var runs = await admin.GetDocumentAsync("/admin/workflows/close-consultation/instances?culture=en");
        var steps = runs.QuerySelectorAll("section.instance-finished li").Select(li => li.TextContent).ToList();
        Assert.Contains(steps, s => s.Contains("(closing-date)"));
        Assert.Contains(steps, s => s.Contains("(close)") && s.Contains("Done"));
        Assert.Contains(steps, s => s.Contains("(tell-followers)") && s.Contains("Done"));
        Assert.NotEmpty((await admin.GetDocumentAsync("/admin/workflows/consultation-decision/instances")).QuerySelectorAll("section.instance-finished"));
    }

    [Fact]
    public async Task A_broken_definition_is_refused_with_the_activity_and_the_reason()
    {
        using var site = new SiteFactory(new SiteOptions { AutoSetup = true });
        var admin = site.CreateSiteClient();
        await admin.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);
        var json = """
            { "WorkflowTypeId": "broken", "Name": "Broken",
              "Activities": [
                { "ActivityId": "start", "Name": "ContentPublishedEvent", "IsStart": true },
                { "ActivityId": "fax", "Name": "SendFaxTask" },
                { "ActivityId": "mail", "Name": "SendEmailTask", "Properties": { "Recipients": [ { "Kind": "Role", "Value": "Editor" } ], "SubjectEn": "x", "BodyEn": "{% if %}" } } ],
              "Transitions": [ { "SourceActivityId": "start", "DestinationActivityId": "ghost" } ] }
            """;
        var response = await admin.SubmitFormAsync("/admin/workflows/new", new Dictionary<string, string> { ["json"] = json });

        var problems = (await response.ReadDocumentAsync()).QuerySelectorAll(".validation-summary-errors li").Select(li => li.TextContent).ToList();
        Assert.Contains(problems, p => p.StartsWith("activity 'fax': unknown activity 'SendFaxTask'"));
        Assert.Contains(problems, p => p.StartsWith("activity 'mail', property 'BodyEn': the Liquid template does not parse"));
        Assert.Contains(problems, p => p.Contains("no activity 'ghost' to go to"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/workflows/broken")).StatusCode);
    }

    [Fact]
    public async Task A_failing_task_fails_its_run_visibly_other_workflows_go_on_and_a_fixed_run_can_be_rerun()
    {
        await using var smtp = await SmtpTestServer.StartNewAsync();
        using var site = new SiteFactory(new SiteOptions { AutoSetup = true, Settings = smtp.SiteSettings });
        var admin = site.CreateSiteClient();
        await admin.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);
        string Workflow(string id, string kind, string to) => $$$"""
            { "WorkflowTypeId": "{{{id}}}", "Name": "{{{id}}}", "IsEnabled": true,
              "Activities": [
                { "ActivityId": "start", "Name": "ContentPublishedEvent", "IsStart": true, "Properties": { "ContentType": "Page" } },
                { "ActivityId": "mail", "Name": "SendEmailTask", "Properties": { "Recipients": [ { "Kind": "{{{kind}}}", "Value": "{{{to}}}" } ],
                  "SubjectAr": "نُشرت: {{ Content.DisplayText }}", "BodyAr": "{{ Content.Url }}" } } ],
              "Transitions": [ { "SourceActivityId": "start", "DestinationActivityId": "mail" } ] }
            """;
        await admin.SubmitFormAsync("/admin/workflows/new", new Dictionary<string, string> { ["json"] = Workflow("bad-recipient", "Department", "planning") });
        await admin.SubmitFormAsync("/admin/workflows/new", new Dictionary<string, string> { ["json"] = Workflow("good-recipient", "Address", "editors@ministry.example") });

        await admin.SubmitFormAsync("/admin/contents/create/Page", new Dictionary<string, string> { ["TitlePart.Title"] = "صفحة جديدة", ["AutoroutePart.Path"] = "new-page" }, submitValue: "publish");

        await smtp.WaitForMailAsync("editors@ministry.example", "نُشرت: صفحة جديدة");
        var failed = await admin.GetDocumentAsync("/admin/workflows/bad-recipient/instances");
        Assert.Contains("unknown recipient kind 'Department'", failed.QuerySelector("section.instance-faulted")!.TextContent);

        // Fix the definition, then run the failed instance again.
        await admin.SubmitFormAsync("/admin/workflows/bad-recipient", new Dictionary<string, string> { ["json"] = Workflow("bad-recipient", "Address", "planning@ministry.example") });
        var rerun = failed.QuerySelector("form[action$='/rerun']")!.GetAttribute("action")!;
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitButtonFormAsync("/admin/workflows/bad-recipient/instances", rerun)).StatusCode);
        await smtp.WaitForMailAsync("planning@ministry.example", "نُشرت: صفحة جديدة");
        Assert.NotNull((await admin.GetDocumentAsync("/admin/workflows/bad-recipient/instances")).QuerySelector("section.instance-finished"));
    }
}

/// <summary>A node that dies holding stored events: another takes them over when their lease has passed, and runs none twice.</summary>
public class WorkflowLeaseTests
{
    [Fact]
    public async Task Events_a_dead_node_had_taken_run_once_their_lease_has_passed_and_none_runs_twice()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var site = new SiteFactory(new SiteOptions { AutoSetup = true, Clock = clock, Settings = new() { ["Participation:Workflows:LeaseSeconds"] = "30" } });
        site.CreateClient();
        long unfinished, finished;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var definition = WorkflowDefinition.Parse("""
                { "WorkflowTypeId": "lease-probe", "Name": "Lease probe", "IsEnabled": true,
                  "Activities": [
                    { "ActivityId": "due", "Name": "ContentDateTimerEvent", "IsStart": true, "Properties": { "ContentType": "Probe", "DateField": "ProbePart.DueUtc" } },
                    { "ActivityId": "mail", "Name": "SendEmailTask", "Properties": { "Recipients": [ { "Kind": "Address", "Value": "lease@ministry.example" } ], "SubjectEn": "event {{ Input.Probe }}", "BodyEn": "." } } ],
                  "Transitions": [ { "SourceActivityId": "due", "DestinationActivityId": "mail" } ] }
                """);
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<WorkflowTypeStore>().SaveAsync(definition));
            var session = scope.ServiceProvider.GetRequiredService<IDataSession>();
            var now = clock.GetUtcNow().UtcDateTime;
            // The dead node had taken both; it had run the second one's workflow but not marked the event done.
            WorkflowEventRecord Taken(string probe) => new()
            {
                Name = "ContentDateTimerEvent", Input = $$"""{ "Probe": "{{probe}}" }""", TargetWorkflowTypeId = "lease-probe", TargetActivityId = "due",
                Status = WorkflowEventStatus.Processing, LockedUntilUtc = now.AddSeconds(30), CreatedUtc = now,
            };
            var first = Taken("unfinished");
            var second = Taken("finished");
            session.Set<WorkflowEventRecord>().AddRange(first, second);
            await session.SaveChangesAsync();
            session.Set<WorkflowInstance>().Add(new WorkflowInstance
            {
                WorkflowTypeId = "lease-probe", WorkflowTypeVersion = 1, EventId = second.Id, EventName = second.Name, Input = second.Input,
                Status = WorkflowStatus.Finished, CreatedUtc = now, FinishedUtc = now,
            });
            await session.SaveChangesAsync();
            (unfinished, finished) = (first.Id, second.Id);
        }

        await using var check = site.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<IDataSession>();
        var processor = site.Services.GetRequiredService<WorkflowProcessor>();
        await processor.ProcessEventsAsync(); // runs whatever the site itself has stored, but neither of these: their lease holds
        Assert.Equal(0, await db.Set<WorkflowInstance>().CountAsync(i => i.EventId == unfinished));
        Assert.Equal(WorkflowEventStatus.Processing, await db.Set<WorkflowEventRecord>().Where(e => e.Id == unfinished).Select(e => e.Status).SingleAsync());

        clock.Advance(TimeSpan.FromSeconds(31));
        // Called here as the site's own loop would (which may take one first: either way each runs once).
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await db.Set<WorkflowEventRecord>().AnyAsync(e => (e.Id == unfinished || e.Id == finished) && e.Status != WorkflowEventStatus.Done))
        {
            Assert.True(DateTime.UtcNow < deadline, "the events whose lease had passed were not taken over within 20 s");
            await processor.ProcessEventsAsync();
        }
        Assert.Equal(WorkflowEventStatus.Done, await db.Set<WorkflowEventRecord>().Where(e => e.Id == unfinished).Select(e => e.Status).SingleAsync());
        Assert.Equal(WorkflowEventStatus.Done, await db.Set<WorkflowEventRecord>().Where(e => e.Id == finished).Select(e => e.Status).SingleAsync());
        var subjects = await db.Set<Participation.Email.Models.OutboxMessage>().Where(m => m.To == "lease@ministry.example").Select(m => m.Subject).ToListAsync();
        Assert.Equal(["event unfinished"], subjects);
    }
}

/// <summary>Two web nodes on one PostgreSQL database: every timer fires once.</summary>
[Collection(PostgresCollection.Name)]
public class TwoNodeTimerTests(PostgresServer postgres)
{
    [Fact]
    public async Task Each_timer_fires_once_when_two_nodes_race_for_it()
    {
        var connection = postgres.ConnectionString($"participation_{Guid.NewGuid():N}"[..28]);
        using var first = new SiteFactory(new SiteOptions { AutoSetup = true, KeepData = true, DatabaseProvider = "Postgres", ConnectionString = connection });
        first.CreateClient();
        using var second = new SiteFactory(new SiteOptions { DataPath = first.DataPath, KeepData = true });
        second.CreateClient();

        const int timers = 40;
        await using (var scope = first.Services.CreateAsyncScope())
        {
            var definition = WorkflowDefinition.Parse("""
                { "WorkflowTypeId": "timer-probe", "Name": "Timer probe", "IsEnabled": true,
                  "Activities": [
                    { "ActivityId": "due", "Name": "ContentDateTimerEvent", "IsStart": true, "Properties": { "ContentType": "Probe", "DateField": "ProbePart.DueUtc" } },
                    { "ActivityId": "mail", "Name": "SendEmailTask", "Properties": { "Recipients": [ { "Kind": "Address", "Value": "probe@ministry.example" } ], "SubjectEn": "timer {{ Input.TimerId }}", "BodyEn": "." } } ],
                  "Transitions": [ { "SourceActivityId": "due", "DestinationActivityId": "mail" } ] }
                """);
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<WorkflowTypeStore>().SaveAsync(definition));
            var session = scope.ServiceProvider.GetRequiredService<IDataSession>();
            var due = DateTime.UtcNow.AddSeconds(-1);
            for (var i = 0; i < timers; i++)
                session.Set<WorkflowTimer>().Add(new WorkflowTimer { EventName = "ContentDateTimerEvent", WorkflowTypeId = "timer-probe", ActivityId = "due", DueUtc = due, Status = WorkflowTimerStatus.Pending, CreatedUtc = due });
            await session.SaveChangesAsync();
        }

        // Both nodes poll every 100 ms; the mail goes to the pickup folder they share.
        await using var check = first.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<IDataSession>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await db.Set<WorkflowInstance>().CountAsync(i => i.WorkflowTypeId == "timer-probe") < timers || await db.Set<WorkflowEventRecord>().AnyAsync(e => e.Status != WorkflowEventStatus.Done))
        {
            Assert.True(DateTime.UtcNow < deadline, "the timers did not all run within 30 s");
            await Task.Delay(200);
        }
        await Task.Delay(1000); // room for a second firing, if there were one

        Assert.Equal(timers, await db.Set<WorkflowTimer>().CountAsync(t => t.Status == WorkflowTimerStatus.Fired));
        Assert.Equal(timers, await db.Set<WorkflowEventRecord>().CountAsync(e => e.TargetWorkflowTypeId == "timer-probe"));
        Assert.Equal(timers, await db.Set<WorkflowInstance>().CountAsync(i => i.WorkflowTypeId == "timer-probe" && i.Status == WorkflowStatus.Finished));
        var subjects = await db.Set<Participation.Email.Models.OutboxMessage>().Where(m => m.To == "probe@ministry.example").Select(m => m.Subject).ToListAsync();
        Assert.Equal(timers, subjects.Count);
        Assert.Equal(timers, subjects.Distinct().Count());
        Directory.Delete(first.DataPath, recursive: true);
    }
}

/// <summary>Webhooks, export and import, enabling and disabling, from the admin.</summary>
public class WorkflowAdminTests
{
    private static string PublishedWebhook(string id, string url, bool enabled = true) => $$$"""
        { "WorkflowTypeId": "{{{id}}}", "Name": "Tell the portal", "IsEnabled": {{{(enabled ? "true" : "false")}}},
          "Activities": [
            { "ActivityId": "start", "Name": "ContentPublishedEvent", "IsStart": true, "Properties": { "ContentType": "Page" } },
            { "ActivityId": "hook", "Name": "WebhookTask", "Properties": { "Url": "{{{url}}}", "Body": "{ \"title\": \"{{ Content.DisplayText }}\" }" } } ],
          "Transitions": [ { "SourceActivityId": "start", "DestinationActivityId": "hook" } ] }
        """;

    [Fact]
    public async Task A_webhook_is_retried_until_it_answers_and_its_outcome_is_recorded()
    {
        var received = new List<string>();
        var port = FreePort();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/hook/");
        listener.Start();
        var serving = Task.Run(async () =>
        {
            for (var i = 0; i < 2; i++)
            {
                var context = await listener.GetContextAsync();
                using var reader = new StreamReader(context.Request.InputStream);
                received.Add(await reader.ReadToEndAsync());
                context.Response.StatusCode = i == 0 ? 503 : 200; // fails once, then accepts
                context.Response.Close();
            }
        });

        using var site = new SiteFactory(new SiteOptions { AutoSetup = true });
        var admin = site.CreateSiteClient();
        await admin.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);
        await admin.SubmitFormAsync("/admin/workflows/new", new Dictionary<string, string> { ["json"] = PublishedWebhook("portal-hook", $"http://127.0.0.1:{port}/hook/") });
        await admin.SubmitFormAsync("/admin/contents/create/Page", new Dictionary<string, string> { ["TitlePart.Title"] = "إعلان", ["AutoroutePart.Path"] = "notice" }, submitValue: "publish");

        await serving.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.All(received, body => Assert.Equal("{ \"title\": \"إعلان\" }", body));
        await WaitForAsync(async () => (await admin.GetDocumentAsync("/admin/workflows/portal-hook/instances?culture=en")).QuerySelector("section.instance-finished")?.TextContent.Contains("Done") == true);
    }

    [Fact]
    public async Task A_workflow_exported_from_one_site_imports_into_another_and_runs_only_when_enabled()
    {
        using var source = new SiteFactory(new SiteOptions { AutoSetup = true });
        var admin = source.CreateSiteClient();
        await admin.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);
        var exported = await admin.GetAsync("/admin/workflows/consultation-decision/export");
        Assert.Equal("application/json", exported.Content.Headers.ContentType!.MediaType);
        var recipe = JsonNode.Parse(await exported.Content.ReadAsStringAsync())!;
        recipe["steps"]![0]!["data"]![0]!["WorkflowTypeId"] = "decision-copy";
        recipe["steps"]![0]!["data"]![0]!["Name"] = "Imported copy";

        using var target = new SiteFactory(new SiteOptions { AutoSetup = true });
        var targetAdmin = target.CreateSiteClient();
        await targetAdmin.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);
        var page = await targetAdmin.GetDocumentAsync("/admin/recipes");
        var token = page.QuerySelector("form[action='/admin/recipes/import'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(recipe.ToJsonString()));
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { file, "file", "decision.recipe.json" } };
        Assert.Equal(HttpStatusCode.Redirect, (await targetAdmin.PostAsync("/admin/recipes/import", form)).StatusCode);

        var list = await targetAdmin.GetDocumentAsync("/admin/workflows?culture=en");
        var row = list.QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains("Imported copy"));
        Assert.Contains("Enabled", row.TextContent);

        // Disabled, it no longer starts; the list says so.
        await targetAdmin.SubmitButtonFormAsync("/admin/workflows", "/admin/workflows/decision-copy/enable");
        row = (await targetAdmin.GetDocumentAsync("/admin/workflows?culture=en")).QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains("Imported copy"));
        Assert.Contains("Disabled", row.TextContent);
    }

    /// <summary>Modules add their own events and tasks; the editor lists them with the rest, in the admin's language.</summary>
    [Fact]
    public async Task The_editor_lists_the_activities_each_module_adds_with_their_Arabic_names()
    {
        using var site = new SiteFactory(new SiteOptions { AutoSetup = true });
        var admin = site.CreateSiteClient();
        await admin.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);

        var activities = (await admin.GetDocumentAsync("/admin/workflows/new")).QuerySelectorAll("details tbody tr")
            .ToDictionary(r => r.Children[0].TextContent.Trim(), r => r.Children[1].TextContent.Trim());

        Assert.Equal("إرسال بريد إلكتروني", activities["SendEmailTask"]);
        Assert.Equal("تقديم طلب", activities["RequestSubmittedEvent"]);
        Assert.Equal("تغيّر حالة طلب", activities["RequestStatusChangedEvent"]);
        Assert.Equal("انقضاء مهلة الرد على طلب", activities["ResponseDeadlinePassedEvent"]);
    }

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(200);
        }
    }
}
