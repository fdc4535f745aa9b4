namespace Participation.Testing;

/// <summary>Where a test reads the mail a site sent: its pickup folder, or the test SMTP server.</summary>
public interface IMailbox
{
    /// <summary>How failure messages name it.</summary>
    string Name { get; }

    /// <summary>Every email received so far, in no meaningful order: tests pick mail by what it is, never by position.</summary>
    IReadOnlyList<ReceivedMail> Mails { get; }
}
