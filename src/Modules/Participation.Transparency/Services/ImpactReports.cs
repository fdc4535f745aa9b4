using Participation.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
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
/// into the email to the heads (the department's mailbox when it has none).
/// Two steps, so the print holds no transaction: <see cref="QueueAllAsync"/>, in the month-end
/// workflow's transaction, only writes the rows Pending; <see cref="BuildDueAsync"/>, from
/// <see cref="ImpactReportBuilder"/>, claims one, builds it outside any transaction and stores it
/// Built with its event in one short transaction, so its email is queued once. A build that fails
/// is retried later, with a longer wait each time; a claim a stopped node left ends with its lease.
/// </summary>
public sealed class ImpactReports(
    IDataSession session,
    IEnumerable<IImpactFigures> modules,
    IDepartmentDirectory departments,
    UserManager<ParticipationUser> users,
    IFileStore files,
    IPdfPrinter printer,
    ImpactReportDocument document,
    IWorkflowTrigger trigger,
    IConfiguration configuration,
    IOptions<ImpactReportOptions> options,
    TimeProvider clock,
    ILogger<ImpactReports> logger)
{
    private readonly IReadOnlyList<IImpactFigures> _modules = [.. modules.OrderBy(m => m.Position).ThenBy(m => m.Tool, StringComparer.Ordinal)];

    private TimeSpan Lease => TimeSpan.FromSeconds(Math.Max(30, options.Value.LeaseSeconds));

    /// <summary>
    /// Asks for the month's report of every active department that has none yet — <c>INSERT … ON
    /// CONFLICT DO NOTHING</c>, so a second run, on this node or another, finds it taken — with
    /// the addresses it will go to; returns how many it asked for.
    /// </summary>
    public async Task<int> QueueAllAsync(ReportPeriod period)
    {
        var key = period.ToString();
        var done = (await session.Set<ImpactReport>().AsNoTracking().Where(r => r.Period == key).Select(r => r.DepartmentKey).ToListAsync()).ToHashSet();
        var queued = 0;
        foreach (var department in (await departments.ListAsync()).Where(d => !done.Contains(d.Key)))
        {
            var recipients = string.Join(", ", await RecipientsAsync(department));
            var now = clock.GetUtcNow().UtcDateTime;
            var pending = nameof(ImpactReportStatus.Pending);
            queued += await session.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO \"ImpactReports\" (\"DepartmentKey\", \"Period\", \"BuiltUtc\", \"Recipients\", \"Status\", \"Attempts\", \"DueUtc\") VALUES ({department.Key}, {key}, {now}, {recipients}, {pending}, {0}, {now}) ON CONFLICT (\"DepartmentKey\", \"Period\") DO NOTHING");
        }
        return queued;
    }

    /// <summary>Builds the pending reports that are due, each claimed first; returns how many it claimed.</summary>
    public async Task<int> BuildDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await session.Set<ImpactReport>().AsNoTracking()
            .Where(r => r.Status == ImpactReportStatus.Pending && r.DueUtc <= now)
            .OrderBy(r => r.Id).Select(r => r.Id).Take(20).ToListAsync(cancellationToken);
        var claimedCount = 0;
        foreach (var id in due)
        {
            if (cancellationToken.IsCancellationRequested) break;
            var at = clock.GetUtcNow().UtcDateTime;
            var lease = at + Lease;
            // The conditional update is the claim: a second node finds DueUtc moved past now.
            var claimed = await session.Set<ImpactReport>().Where(r => r.Id == id && r.Status == ImpactReportStatus.Pending && r.DueUtc <= at)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.DueUtc, lease).SetProperty(r => r.Attempts, r => r.Attempts + 1), cancellationToken);
            if (claimed == 0) continue;
            claimedCount++;
            // Claimed: built and recorded even when the node is stopping, or it would stay claimed until its lease ends.
            var report = await session.Set<ImpactReport>().AsNoTracking().FirstAsync(r => r.Id == id, CancellationToken.None);
            try
            {
                await BuildAsync(report);
            }
            catch (Exception ex)
            {
                var next = clock.GetUtcNow().UtcDateTime + RetryAfter(report.Attempts);
                var error = ex.GetBaseException().Message;
                await session.Set<ImpactReport>().Where(r => r.Id == id && r.Status == ImpactReportStatus.Pending && r.Attempts == report.Attempts)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.DueUtc, next).SetProperty(r => r.LastError, error.Length > 500 ? error[..500] : error), CancellationToken.None);
                logger.LogWarning(ex, "The impact report of {Department} for {Period} could not be built (attempt {Attempt}); it is tried again at {Next:O}", report.DepartmentKey, report.Period, report.Attempts, next);
            }
        }
        return claimedCount;
    }

    private TimeSpan RetryAfter(int attempt)
        => TimeSpan.FromSeconds(Math.Min(TimeSpan.FromHours(1).TotalSeconds, Math.Max(1, options.Value.RetryBaseSeconds) * Math.Pow(2, Math.Clamp(attempt - 1, 0, 20))));

    /// <summary>Computes, prints and stores the claimed report, then records it Built with its event.</summary>
    private async Task BuildAsync(ImpactReport report)
    {
        var department = await departments.GetAsync(report.DepartmentKey)
            ?? throw new InvalidOperationException($"The department {report.DepartmentKey} no longer exists.");
        var period = ReportPeriod.Parse(report.Period) ?? throw new InvalidOperationException($"{report.Period} is not a month.");
        string? pdfProblem = null;
        string summary;
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
            catch (Exception ex) when ((ex is PlaywrightException or IOException or InvalidOperationException) && report.Attempts >= options.Value.PdfAttempts)
            {
                // The last try: the figures are kept and sent in the XLSX; the archive says why there is no PDF.
                logger.LogWarning("The impact report PDF of {Department} for {Period} could not be printed after {Attempts} tries; it is sent without: {Problem}", department.Key, report.Period, report.Attempts, ex.Message);
                pdfProblem = ex.Message.Length > 500 ? ex.Message[..500] : ex.Message;
            }
            summary = document.Summary(sections);
        }

        await using var transaction = await session.Database.BeginTransactionAsync();
        var builtUtc = clock.GetUtcNow().UtcDateTime;
        // Only this claim stores: a node whose lease ended and was taken over leaves it to the newer claim.
        var stored = await session.Set<ImpactReport>().Where(r => r.Id == report.Id && r.Status == ImpactReportStatus.Pending && r.Attempts == report.Attempts)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ImpactReportStatus.Built).SetProperty(r => r.BuiltUtc, builtUtc)
                .SetProperty(r => r.DueUtc, (DateTime?)null).SetProperty(r => r.PdfProblem, pdfProblem).SetProperty(r => r.LastError, (string?)null));
        if (stored == 0)
        {
            logger.LogInformation("The impact report of {Department} for {Period} was taken over by a later build", report.DepartmentKey, report.Period);
            return;
        }
        await trigger.TriggerAsync(nameof(ImpactReportBuiltEvent), new Dictionary<string, object?>
        {
            ["Period"] = report.Period,
            ["DepartmentKey"] = department.Key,
            ["DepartmentNameAr"] = department.NameAr,
            ["DepartmentNameEn"] = department.NameEn,
            ["Recipients"] = report.Recipients,
            ["SummaryAr"] = summary,
            ["ReportUrl"] = $"{PublicUrl.Of(configuration)}/admin/reports/archive/{report.Id}",
        }, $"impact:{department.Key}:{report.Period}");
        await transaction.CommitAsync();
        logger.LogInformation("The impact report of {Department} for {Period} was built", department.Key, report.Period);
    }

    /// <summary>The department's heads' addresses; its own mailbox when it has no head with one.</summary>
    private async Task<IReadOnlyList<string>> RecipientsAsync(Department department)
    {
        var heads = (await departments.MembersAsync(department.Key)).Where(m => m.IsHead).Select(m => m.UserId).ToList();
        var emails = heads.Count == 0 ? [] : await users.Users.Where(u => heads.Contains(u.Id) && u.Email != null).Select(u => u.Email!).OrderBy(e => e).ToListAsync();
        return emails.Count > 0 ? emails : department.Email.Length > 0 ? [department.Email] : [];
    }
}
