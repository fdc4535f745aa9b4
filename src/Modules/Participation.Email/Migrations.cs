using Microsoft.EntityFrameworkCore.Migrations;
using Participation.Data;

namespace Participation.Email;

public sealed class Migrations : DataMigration
{
    public int Create(MigrationBuilder schema)
    {
        schema.CreateTable("OutboxMessages", t => new
        {
            Id = t.Column<long>(nullable: false).Identity(),
            MessageId = t.Column<string>(maxLength: 100, nullable: false),
            To = t.Column<string>(nullable: false),
            Cc = t.Column<string>(nullable: false),
            Bcc = t.Column<string>(nullable: false),
            ReplyTo = t.Column<string>(nullable: true),
            Subject = t.Column<string>(maxLength: 500, nullable: false),
            TextBody = t.Column<string>(nullable: false),
            HtmlBody = t.Column<string>(nullable: true),
            Culture = t.Column<string>(maxLength: 10, nullable: false),
            Status = t.Column<string>(maxLength: 20, nullable: false),
            Attempts = t.Column<int>(nullable: false),
            NextAttemptUtc = t.Column<DateTime>(nullable: false),
            LockedUntilUtc = t.Column<DateTime>(nullable: true),
            LastError = t.Column<string>(nullable: true),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            SentUtc = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_OutboxMessages", x => x.Id));
        schema.CreateIndex("IX_OutboxMessages_Due", "OutboxMessages", ["Status", "NextAttemptUtc"]);
        return 1;
    }

    /// <summary>Senders name their emails to ask later how delivery went (survey invitations show failures per recipient).</summary>
    public int UpdateFrom1(MigrationBuilder schema)
    {
        schema.AddColumn<string>("Reference", "OutboxMessages", maxLength: MailMessage.MaxReferenceLength, nullable: true);
        schema.CreateIndex("IX_OutboxMessages_Reference", "OutboxMessages", "Reference");
        return 2;
    }
}
