using System.Net;
using AngleSharp.Dom;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Data;
using Participation.Testing;
using Participation.Workflows.Models;

namespace Participation.IntegrationTests;

/// <summary>A ministry editor changes a workflow's steps through each activity's form, in Arabic, never through JSON.</summary>
public class WorkflowStepFormTests(SetUpSite fixture) : IClassFixture<SetUpSite>
{
    private async Task<WorkflowDefinition> StoredAsync(string id)
    {
        using var scope = fixture.Site.Services.CreateScope();
        var json = await scope.ServiceProvider.GetRequiredService<IDataSession>().Set<WorkflowTypeRecord>().AsNoTracking()
            .Where(t => t.WorkflowTypeId == id).Select(t => t.Definition).FirstAsync();
        return WorkflowDefinition.Parse(json);
    }

    [Fact]
    public async Task Every_step_of_every_shipped_workflow_opens_in_a_form_of_its_own()
    {
        var admin = await fixture.AdminAsync();
        var list = await admin.GetDocumentAsync("/admin/workflows");
        var workflows = list.QuerySelectorAll("a[href^='/admin/workflows/']").Select(a => a.GetAttribute("href")!)
            .Where(h => h.Count(c => c == '/') == 3 && !h.EndsWith("/new")).Distinct().ToList();
        Assert.True(workflows.Count >= 5, string.Join(", ", workflows));
        var steps = 0;
        foreach (var workflow in workflows)
        {
            var page = await admin.GetDocumentAsync(workflow);
            foreach (var link in page.QuerySelectorAll("a[href*='/steps/']").Select(a => a.GetAttribute("href")!))
            {
                var form = await admin.GetDocumentAsync(link);
                Assert.NotNull(form.QuerySelector("main form.editor"));
                // Each shipped activity brings its own fields; none falls back to its properties as JSON.
                Assert.Null(form.QuerySelector("[name='Activity.Json']"));
                Assert.StartsWith("الخطوة: ", form.QuerySelector("h1")!.TextContent);
                steps++;
            }
        }
        Assert.True(steps >= 12, $"only {steps} steps had a form");
    }

    [Fact]
    public async Task A_missing_subject_is_named_in_Arabic_what_was_typed_is_kept_and_the_corrected_email_is_saved()
    {
        var admin = await fixture.AdminAsync();
        const string form = "/admin/workflows/request-acknowledgement/steps/acknowledge";
        var page = await admin.GetDocumentAsync(form);
        Assert.Equal("Address", page.QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>("select[name='Activity.Recipients[0].Kind']")!.Value);
        Assert.Equal("{{ Input.Email }}", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Activity.Recipients[0].Value']")!.Value);
        Assert.Contains("{{ Input.ReferenceNumber }}", page.QuerySelector("textarea[name='Activity.BodyAr']")!.TextContent);

        var refused = await admin.SubmitFormAsync(form, new Dictionary<string, string>
        {
            ["Activity.SubjectAr"] = "", ["Activity.SubjectEn"] = "", ["Activity.BodyAr"] = "نص جديد للإقرار {{ Input.ReferenceNumber }}",
        }, "main form.editor", submitValue: "save");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var shown = await refused.ReadDocumentAsync();
        var summary = shown.QuerySelector("[data-error-summary]")!;
        Assert.Contains("الموضوع بالعربية: اكتب الموضوع بالعربية أو بالإنجليزية أو بكلتيهما.", summary.TextContent);
        Assert.Equal("#Activity_SubjectAr", summary.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("true", shown.QuerySelector("#Activity_SubjectAr")!.GetAttribute("aria-invalid"));
        Assert.Equal("نص جديد للإقرار {{ Input.ReferenceNumber }}", shown.QuerySelector("textarea[name='Activity.BodyAr']")!.TextContent.Trim());
        Assert.Contains("استلمنا طلبك", (await StoredAsync("request-acknowledgement")).Activities.First(a => a.ActivityId == "acknowledge").Text("SubjectAr"));

        // A template that does not parse is named by its field too.
        var broken = await (await admin.SubmitFormAsync(form, new Dictionary<string, string> { ["Activity.BodyAr"] = "{% if %}" }, "main form.editor", submitValue: "save")).ReadDocumentAsync();
        Assert.Contains("نص الرسالة بالعربية: تعذّر فهم قالب Liquid", broken.QuerySelector("[data-error-summary]")!.TextContent);

        // The preview renders the wording with the example values.
        var preview = await (await admin.SubmitFormAsync(form, new Dictionary<string, string> { ["Activity.SubjectAr"] = "شكراً لك، استلمنا طلبك {{ Input.ReferenceNumber }}" }, "main form.editor", submitValue: "preview")).ReadDocumentAsync();
        Assert.Contains("شكراً لك، استلمنا طلبك CMP-1448-000123", preview.QuerySelector(".template-preview")!.TextContent);
        Assert.Contains(preview.QuerySelectorAll(".template-variables code"), c => c.TextContent == "{{ Input.ReferenceNumber }}");

        var saved = await admin.SubmitFormAsync(form, new Dictionary<string, string> { ["Activity.SubjectAr"] = "شكراً لك، استلمنا طلبك {{ Input.ReferenceNumber }}" }, "main form.editor", submitValue: "save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/admin/workflows/request-acknowledgement#step-acknowledge", saved.Headers.Location!.OriginalString);
        var step = (await StoredAsync("request-acknowledgement")).Activities.First(a => a.ActivityId == "acknowledge");
        Assert.Equal("شكراً لك، استلمنا طلبك {{ Input.ReferenceNumber }}", step.Text("SubjectAr"));
        // What the form did not change stays as it was: the recipient's greeting name.
        Assert.Equal("{{ Input.Name }}", ((JsonArray)step.Properties["Recipients"]!)[0]!["Name"]!.ToString());
        Assert.Contains("حُفظت الخطوة: إرسال بريد إلكتروني.", (await admin.GetDocumentAsync("/admin/workflows/request-acknowledgement")).QuerySelector("[role=status]")!.TextContent);
    }

    [Fact]
    public async Task A_step_added_after_an_outcome_joins_the_workflow_and_can_be_removed()
    {
        var admin = await fixture.AdminAsync();
        var workflow = await admin.GetDocumentAsync("/admin/workflows/close-consultation");
        var after = workflow.QuerySelectorAll("select#after option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains("close:Refused", after);

        var form = "/admin/workflows/close-consultation/steps/new?kind=SendEmailTask&after=close:Refused";
        var created = await admin.SubmitFormAsync(form, new Dictionary<string, string>
        {
            ["Activity.Recipients[0].Kind"] = "Role", ["Activity.Recipients[0].Value"] = "Editor",
            ["Activity.SubjectAr"] = "تعذّر إغلاق الاستشارة: {{ Content.DisplayText }}", ["Activity.BodyAr"] = "افتحوها من لوحة الإدارة: {{ Content.Url }}",
        }, "main form.editor", submitValue: "save");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var definition = await StoredAsync("close-consultation");
        var added = definition.Activities.Single(a => a.ActivityId == "send-email");
        Assert.Equal("Role", ((JsonArray)added.Properties["Recipients"]!)[0]!["Kind"]!.ToString());
        Assert.Contains(definition.Transitions, t => t is { SourceActivityId: "close", SourceOutcomeName: "Refused", DestinationActivityId: "send-email" });

        var removed = await admin.SubmitFormAsync("/admin/workflows/close-consultation/steps/send-email", new Dictionary<string, string>(), "main .danger-zone form", submitValue: "remove");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        definition = await StoredAsync("close-consultation");
        Assert.DoesNotContain(definition.Activities, a => a.ActivityId == "send-email");
        Assert.DoesNotContain(definition.Transitions, t => t.DestinationActivityId == "send-email");
    }

    [Fact]
    public async Task The_timer_is_set_in_hours_and_the_starting_event_cannot_be_removed()
    {
        var admin = await fixture.AdminAsync();
        const string form = "/admin/workflows/archive-poll/steps/poll-ends";
        var page = await admin.GetDocumentAsync(form);
        Assert.Equal("Poll", page.QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>("select[name='Activity.ContentType']")!.Value);
        Assert.Null(page.QuerySelector(".danger-zone"));
        var saved = await admin.SubmitFormAsync(form, new Dictionary<string, string> { ["Activity.OffsetHours"] = "-24" }, "main form.editor", submitValue: "save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("-1.00:00:00", (await StoredAsync("archive-poll")).Start!.Text("Offset"));
    }
}
