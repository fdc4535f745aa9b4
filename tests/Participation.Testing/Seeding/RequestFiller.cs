using System.Globalization;
using Participation.Requests.Models;

namespace Participation.Testing.Seeding;

/// <summary>
/// Requests (the Requests module's tables): complaints and suggestions routed to the site's
/// departments in turn, most still open so the officers' inbox is full, each with its
/// "submitted" history entry.
/// </summary>
public sealed class RequestFiller : ITableFiller
{
    private static readonly string[] Columns = ["Id", "ReferenceNumber", "AccessCode", "Kind", "Target", "DepartmentKey", "Status", "Subject", "Message", "Fields", "Name", "Email", "Culture", "SubmittedUtc", "DueUtc", "PausedMinutes", "UpdatedUtc"];
    private static readonly RequestStatus[] Statuses = [RequestStatus.Received, RequestStatus.Routed, RequestStatus.InProgress, RequestStatus.Answered, RequestStatus.Closed];

    public string Name => "requests (Requests, RequestEntries)";

    public async Task<long> FillAsync(SeedContext context)
    {
        var departments = await context.ReadAsync("SELECT \"Key\" FROM \"Departments\" ORDER BY \"Key\"", r => (string?)r.GetString(0));
        if (departments.Count == 0) departments.Add(null);
        var count = context.Plan.Requests;
        var firstId = await context.NextIdAsync("Requests");
        var run = context.NowUtc.Ticks.ToString("x", CultureInfo.InvariantCulture)[^5..].ToUpperInvariant();
        var written = await context.InsertAsync("Requests", Columns, count, (i, v) =>
        {
            var submitted = context.NowUtc.AddMinutes(-(count - i));
            var department = departments[(int)(i % departments.Count)];
            v[0] = firstId + i; v[1] = $"S{run}-{i:D8}"; v[2] = Convert.ToHexString(BitConverter.GetBytes(i * 7919 + 13)).PadLeft(64, '0');
            v[3] = (i % 3 == 0 ? RequestKind.Suggestion : RequestKind.Complaint).ToString(); v[4] = department ?? RequestTargets.Agency; v[5] = department;
            v[6] = Statuses[i % Statuses.Length].ToString(); v[7] = $"انقطاع الإنارة في الشارع رقم {i + 1}"; v[8] = "الإنارة مطفأة منذ أسبوع والشارع مظلم ليلاً.";
            v[9] = "{}"; v[10] = "مشارك"; v[11] = $"seed{i}@mail.example"; v[12] = "ar"; v[13] = submitted; v[14] = submitted.AddDays(5); v[15] = 0; v[16] = submitted;
        });
        written += await context.InsertAsync("RequestEntries", ["RequestId", "Kind", "IsPublic", "Status", "AuthorName", "CreatedUtc"], count, (i, v) =>
        {
            v[0] = firstId + i; v[1] = RequestEntryKind.Submitted.ToString(); v[2] = true; v[3] = RequestStatus.Received.ToString(); v[4] = "مشارك"; v[5] = context.NowUtc.AddMinutes(-(count - i));
        });
        await context.ResetIdentityAsync("Requests");
        return written;
    }
}
