using System.Net;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Data;
using Participation.Departments;
using Participation.Requests.Models;
using Participation.Testing;
using Participation.Transparency.Models;
using Participation.Workflows;
using Participation.Workflows.Models;

namespace Participation.IntegrationTests;

/// <summary>The monthly impact report on two web nodes sharing one PostgreSQL database.</summary>
[Collection(PostgresCollection.Name)]
public class MonthlyImpactReportTests(PostgresServer postgres)
{
    [Fact]
    public async Task The_monthly_timer_sends_one_report_per_department_once_with_two_nodes()
    {
        var connection = postgres.ConnectionString($"participation_{Guid.NewGuid():N}"[..28]);
        using var first = new SiteFactory(new SiteOptions { AutoSetup = true, KeepData = true, DatabaseProvider = "Postgres", ConnectionString = connection });
        first.CreateClient();
        using var second = new SiteFactory(new SiteOptions { DataPath = first.DataPath, KeepData = true });
        second.CreateClient();

        // Planning gets a head; the other departments have none, so theirs goes to their mailbox.
        var admin = first.CreateSiteClient();
        await admin.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync("/admin/users/create", new Dictionary<string, string>
        {
            ["UserName"] = "planninghead", ["DisplayName"] = "رئيس التخطيط", ["Email"] = "head.planning@ministry.example", ["Password"] = "Staff-pass-2026", ["Roles"] = "DepartmentOfficer",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync("/admin/departments", new Dictionary<string, string> { ["login"] = "planninghead", ["isHead"] = "true" }, "form[action='/admin/departments/planning/members']")).StatusCode);

        // Three complaints this month, routed to Municipal Services by their category.
        var citizen = first.CreateSiteClient();
        for (var i = 0; i < 3; i++)
        {
            var sent = await citizen.SubmitFormWithFilesAsync("/requests/complaint", new Dictionary<string, string>
            {
                ["Name"] = "منى العتيبي", ["Email"] = $"r{i}@mail.example", ["Subject"] = $"شكوى رقم {i}", ["Message"] = "تفاصيل الشكوى بما يكفي.", ["Category"] = "public-spaces",
            }, []);
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }

        var now = DateTime.UtcNow;
        var period = $"{now:yyyy-MM}";
        await using var scope = first.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IDataSession>();
        var departments = await scope.ServiceProvider.GetRequiredService<IDepartmentDirectory>().ListAsync();
        // The month's timer, armed twice over (as two nodes starting together might): still one report each.
        var timers = scope.ServiceProvider.GetRequiredService<IWorkflowTimers>();
        await timers.ScheduleAsync("MonthEndedEvent", "month:test-a", now.AddSeconds(-1), new Dictionary<string, object?> { ["Period"] = period });
        await timers.ScheduleAsync("MonthEndedEvent", "month:test-b", now.AddSeconds(-1), new Dictionary<string, object?> { ["Period"] = period });

        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (await db.Set<Participation.Email.Models.OutboxMessage>().CountAsync(m => m.Subject.StartsWith("تقرير أثر المشاركة")) < departments.Count
            || await db.Set<WorkflowEventRecord>().AnyAsync(e => e.Status != WorkflowEventStatus.Done)
            || await db.Set<WorkflowTimer>().AnyAsync(t => t.EventName == "MonthEndedEvent" && t.Status == WorkflowTimerStatus.Pending && t.DueUtc <= now))
        {
            Assert.True(DateTime.UtcNow < deadline, "the reports were not all sent within 90 s");
            await Task.Delay(250);
        }
        await Task.Delay(1000); // room for a second sending, if there were one

        var reports = await db.Set<ImpactReport>().AsNoTracking().Where(r => r.Period == period).ToListAsync();
        Assert.Equal(departments.Select(d => d.Key).Order(), reports.Select(r => r.DepartmentKey).Order());
        var mails = await db.Set<Participation.Email.Models.OutboxMessage>().AsNoTracking().Where(m => m.Subject.StartsWith("تقرير أثر المشاركة")).ToListAsync();
        Assert.Equal(departments.Count, mails.Count);
        Assert.Single(mails, m => m.To == "head.planning@ministry.example");
        Assert.Single(mails, m => m.To == "municipal@agency.example");
        Assert.DoesNotContain(mails, m => m.To == "planning@agency.example");

        // The municipal report's figures are the counts of its rows.
        var start = new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        var received = await db.Set<ServiceRequest>().CountAsync(r => r.DepartmentKey == "municipal" && r.MergedIntoId == null && r.SubmittedUtc >= start && r.SubmittedUtc < start.AddMonths(1));
        Assert.Equal(3, received);
        var municipal = reports.Single(r => r.DepartmentKey == "municipal");
        Assert.Contains("الواردة: 3", mails.Single(m => m.To == "municipal@agency.example").TextBody);
        var xlsx = await admin.GetAsync($"/admin/reports/archive/{municipal.Id}/xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using (var book = new XLWorkbook(await xlsx.Content.ReadAsStreamAsync()))
        {
            var rows = book.Worksheets.First().RowsUsed().Skip(1).Select(r => (Figure: r.Cell(2).GetString(), Value: r.Cell(3).GetString())).ToList();
            Assert.Contains(("الواردة", received.ToString()), rows);
        }
        var pdf = await admin.GetAsync($"/admin/reports/archive/{municipal.Id}/pdf");
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..4]));
        var archive = await admin.GetDocumentAsync("/admin/reports/archive");
        Assert.Equal(departments.Count, archive.QuerySelectorAll($"tr[data-period='{period}']").Length);
        Directory.Delete(first.DataPath, recursive: true);
    }
}
