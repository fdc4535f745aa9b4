using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Participation.Departments;
using Participation.Printing;
using Participation.Testing;
using Participation.Workflows;

namespace Participation.IntegrationTests;

/// <summary>
/// The month's impact reports are printed after the month-end workflow, not inside it: while one
/// is printing, the site's other workflows still run, so a citizen's and a department's emails
/// do not wait behind the month's printing (on SQLite, whose one writer the print used to hold).
/// </summary>
public class ImpactReportBuildTests
{
    [Fact]
    public async Task A_complaint_is_acknowledged_and_routed_while_the_months_reports_are_being_printed_and_the_reports_follow_once()
    {
        var printer = new HeldPrinter();
        using var site = new SiteFactory(new SiteOptions { AutoSetup = true, Services = s => s.AddSingleton<IPdfPrinter>(printer) });
        site.CreateClient();
        try
        {
            var period = $"{DateTime.UtcNow:yyyy-MM}";
            IReadOnlyList<Department> departments;
            await using (var scope = site.Services.CreateAsyncScope())
            {
                departments = await scope.ServiceProvider.GetRequiredService<IDepartmentDirectory>().ListAsync();
                await scope.ServiceProvider.GetRequiredService<IWorkflowTimers>()
                    .ScheduleAsync("MonthEndedEvent", "month:held", DateTime.UtcNow.AddSeconds(-1), new Dictionary<string, object?> { ["Period"] = period });
            }
            await printer.Started.WaitAsync(TimeSpan.FromMinutes(1));

            // A report is printing, held: a complaint filed now is acknowledged and routed all the same.
            var email = $"resident-{Guid.NewGuid():N}@mail.example";
            var sent = await site.CreateSiteClient().SubmitFormWithFilesAsync("/requests/complaint", new Dictionary<string, string>
            {
                ["Name"] = "منى العتيبي", ["Email"] = email, ["Subject"] = "حفرة أمام المدرسة", ["Message"] = "تفاصيل الشكوى بما يكفي.", ["Category"] = "public-spaces",
            }, []);
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
            await site.WaitForMailAsync(email, "استلمنا طلبك رقم");
            await site.WaitForMailAsync("municipal@agency.example", "طلب جديد", "حفرة أمام المدرسة");
            Assert.False(printer.Released);
            Assert.DoesNotContain(site.Mails, m => m.Subject.StartsWith("تقرير أثر المشاركة", StringComparison.Ordinal));
            var admin = site.CreateSiteClient();
            await admin.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);
            Assert.Empty((await admin.GetDocumentAsync("/admin/reports/archive")).QuerySelectorAll($"tr[data-period='{period}']"));

            // Once the printer goes on, every department's report is archived and sent, each once.
            printer.Release();
            foreach (var department in departments.Where(d => d.Email.Length > 0))
                await site.WaitForMailAsync(department.Email, $"تقرير أثر المشاركة لشهر {period}");
            Assert.Equal(departments.Count, (await admin.GetDocumentAsync("/admin/reports/archive")).QuerySelectorAll($"tr[data-period='{period}']").Length);
        }
        finally
        {
            printer.Release(); // a held print would keep the site from stopping
        }
    }
}
