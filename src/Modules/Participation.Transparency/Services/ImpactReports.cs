using Participation.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Participation.Data;
using Participation.Departments;
using Participation.Files;
using Participation.Http;
using Participation.Printing;
using Participation.Transparency.Activities;
using Participation.Transparency.Domain;
using Participation.Transparency.Models;
using Participation.Users;
using Participation.Workflows;

namespace Participation.Transparency.Services;

/// <summary>
/// The monthly impact report of each department: its figures from every contributing module,
/// printed to PDF and written to XLSX in the file store, a row per (department, month) — the
/// unique key keeps it to one whatever runs it twice — and an event the shipped workflow turns
/// into the email to the heads (the department's mailbox when it has none). All in the
/// caller's transaction (the workflow's), so a failure leaves no report half-sent.
/// </summary>
public sealed class ImpactReports(
    IDataSession session,
    IEnumerable<IImpactFigures> modules,
    IDepartmentDirectory departments,
    UserManager<ParticipationUser> users,
    IFileStore files,
    ChromiumPdfPrinter printer,
    ImpactReportDocument document,
    IWorkflowTrigger trigger,
    IConfiguration configuration,
    TimeProvider clock,
    ILogger<ImpactReports> logger)
{
    private readonly IReadOnlyList<IImpactFigures> _modules = [.. modules.OrderBy(m => m.Position).ThenBy(m => m.Tool, StringComparer.Ordinal)];

    /// <summary>Builds the reports of the month that do not exist yet; returns how many it built.</summary>
    public async Task<int> BuildAllAsync(ReportPeriod period)
    {
        var key = period.ToString();
        var done = (await session.Set<ImpactReport>().AsNoTracking().Where(r => r.Period == key).Select(r => r.DepartmentKey).ToListAsync()).ToHashSet();
        var built = 0;
        foreach (var department in (await departments.ListAsync()).Where(d => !done.Contains(d.Key)))
            if (await BuildAsync(department, period)) built++;
        return built;
    }

    /// <summary>
    /// Claims the (department, month) row first — <c>INSERT … ON CONFLICT DO NOTHING</c>, so a second
    /// run, on this node or another, waits for the first and then finds it taken — and only then
    /// builds, stores and announces the report.
    /// </summary>
    private async Task<bool> BuildAsync(Department department, ReportPeriod period)
    {
        var key = period.ToString();
        var recipients = string.Join(", ", await RecipientsAsync(department));
        var builtUtc = clock.GetUtcNow().UtcDateTime;
        var claimed = await session.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO \"ImpactReports\" (\"DepartmentKey\", \"Period\", \"BuiltUtc\", \"Recipients\") VALUES ({department.Key}, {key}, {builtUtc}, {recipients}) ON CONFLICT (\"DepartmentKey\", \"Period\") DO NOTHING");
        if (claimed == 0) return false;
        var report = await session.Set<ImpactReport>().FirstAsync(r => r.DepartmentKey == department.Key && r.Period == key);

        // The report is the department's: in Arabic, the site's first language.
        using (CultureScope.Use("ar"))
        {
            var sections = new List<ImpactSection>();
            foreach (var module in _modules) sections.Add(await module.ComputeAsync(new ImpactQuery(period.StartUtc, period.EndUtc, department.Key, "ar")));
            using (var xlsx = new MemoryStream(document.Xlsx(sections))) await files.SaveAsync(report.XlsxPath, xlsx);
            try
            {
                using var pdf = new MemoryStream(await printer.PrintAsync(document.Html(department, period, sections)));
                await files.SaveAsync(report.PdfPath, pdf);
            }
            catch (Exception ex) when (ex is PlaywrightException or IOException or InvalidOperationException)
            {
                // The figures are kept and sent in the XLSX; the archive says why there is no PDF.
                logger.LogWarning("The impact report PDF of {Department} for {Period} could not be printed: {Problem}", department.Key, key, ex.Message);
                report.PdfProblem = ex.Message.Length > 500 ? ex.Message[..500] : ex.Message;
                await session.SaveChangesAsync();
            }
            await trigger.TriggerAsync(nameof(ImpactReportBuiltEvent), new Dictionary<string, object?>
            {
                ["Period"] = key,
                ["DepartmentKey"] = department.Key,
                ["DepartmentNameAr"] = department.NameAr,
                ["DepartmentNameEn"] = department.NameEn,
                ["Recipients"] = recipients,
                ["SummaryAr"] = document.Summary(sections),
                ["ReportUrl"] = $"{PublicUrl.Of(configuration)}/admin/reports/archive/{report.Id}",
            }, $"impact:{department.Key}:{key}");
            return true;
        }
    }

    /// <summary>The department's heads' addresses; its own mailbox when it has no head with one.</summary>
    private async Task<IReadOnlyList<string>> RecipientsAsync(Department department)
    {
        var heads = (await departments.MembersAsync(department.Key)).Where(m => m.IsHead).Select(m => m.UserId).ToList();
        var emails = heads.Count == 0 ? [] : await users.Users.Where(u => heads.Contains(u.Id) && u.Email != null).Select(u => u.Email!).OrderBy(e => e).ToListAsync();
        return emails.Count > 0 ? emails : department.Email.Length > 0 ? [department.Email] : [];
    }
}
