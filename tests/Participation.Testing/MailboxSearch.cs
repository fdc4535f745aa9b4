namespace Participation.Testing;

/// <summary>Finds the one email a test means: by its recipient and what it is about, never by which came last.</summary>
public static class MailboxSearch
{
    /// <summary>Up to thirty seconds, as a loaded CI machine may need.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Waits for the email to <paramref name="to"/> whose subject contains <paramref name="subject"/>
    /// (and whose text contains <paramref name="text"/>, when given). Fails when none arrives in
    /// time, and when more than one matches: one is expected, so a second is a duplicate.
    /// </summary>
    public static async Task<ReceivedMail> WaitForMailAsync(this IMailbox mailbox, string to, string subject, string? text = null)
    {
        var what = $"to {to} with «{subject}» in its subject{(text is null ? "" : $" and «{text}» in its text")}";
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var matching = mailbox.Mails.Where(m => m.IsFor(to) && m.Subject.Contains(subject, StringComparison.Ordinal)
                && (text is null || (m.Message.TextBody ?? "").Contains(text, StringComparison.Ordinal))).ToList();
            if (matching.Count == 1) return matching[0];
            if (matching.Count > 1)
                throw new InvalidOperationException($"{matching.Count} emails {what} reached {mailbox.Name}, where one was expected: {Describe(matching)}");
            if (DateTime.UtcNow > deadline)
            {
                var toThem = mailbox.Mails.Where(m => m.IsFor(to)).ToList();
                throw new TimeoutException($"No email {what} reached {mailbox.Name} within {Patience.TotalSeconds:0} s. To {to} it received {(toThem.Count == 0 ? "nothing" : Describe(toThem))}.");
            }
            await Task.Delay(100);
        }
    }

    private static string Describe(IEnumerable<ReceivedMail> mails) => string.Join(" | ", mails.Select(m => $"«{m.Subject}» ({m.Message.MessageId})"));
}
