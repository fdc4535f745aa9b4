using System.Net.Mail;

namespace Participation.Surveys.Domain;

/// <summary>A recipient read from an uploaded file: the address and the other columns by their header.</summary>
public sealed record Recipient(string Email, IReadOnlyDictionary<string, string> Attributes);

/// <summary>A row of the file that was not kept, and why (row numbers count the header as row 1).</summary>
public sealed record RecipientRowProblem(int Row, AnswerProblem Problem);

/// <summary>
/// Reads a recipient table (rows of cells, the first a header with an <c>email</c> column and
/// optional attribute columns): every good row kept, every bad one reported with its number —
/// a malformed address, a repeated address, a missing address.
/// </summary>
public static class RecipientFile
{
    public const int MaxRows = 50_000;

    public static (IReadOnlyList<Recipient> Recipients, IReadOnlyList<RecipientRowProblem> Problems) Read(IEnumerable<IReadOnlyList<string>> rows)
    {
        var recipients = new List<Recipient>();
        var problems = new List<RecipientRowProblem>();
        using var e = rows.GetEnumerator();
        if (!e.MoveNext()) return (recipients, [new(1, new("The file is empty: its first row names the columns, one of them “email”."))]);
        var header = e.Current.Select(h => h.Trim()).ToList();
        var emailAt = header.FindIndex(h => string.Equals(h, "email", StringComparison.OrdinalIgnoreCase));
        if (emailAt < 0) return (recipients, [new(1, new("The first row must name the columns, one of them “email”."))]);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var row = 1;
        while (e.MoveNext())
        {
            row++;
            var cells = e.Current;
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            if (row > MaxRows + 1) { problems.Add(new(row, new("At most {0} recipients per file.", MaxRows))); break; }
            var email = emailAt < cells.Count ? cells[emailAt].Trim() : "";
            if (email.Length == 0) problems.Add(new(row, new("No email address.")));
            else if (email.Length > 256 || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email) problems.Add(new(row, new("“{0}” is not an email address.", email)));
            else if (!seen.Add(email)) problems.Add(new(row, new("“{0}” is already listed above.", email)));
            else
                recipients.Add(new(email, header.Select((h, i) => (h, i)).Where(x => x.i != emailAt && x.h.Length > 0 && x.i < cells.Count)
                    .ToDictionary(x => x.h, x => cells[x.i].Trim(), StringComparer.Ordinal)));
        }
        return (recipients, problems);
    }
}
