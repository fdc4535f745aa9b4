using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Email.Models;

namespace Participation.Email;

public sealed class EmailModel : IModelContributor
{
    public void Build(ModelBuilder modelBuilder) => modelBuilder.Entity<OutboxMessage>(e =>
    {
        e.ToTable("OutboxMessages");
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.Status, x.NextAttemptUtc }).HasDatabaseName("IX_OutboxMessages_Due");
        e.Property(x => x.MessageId).HasMaxLength(100);
        e.Property(x => x.Subject).HasMaxLength(500);
        e.Property(x => x.Culture).HasMaxLength(10);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Reference).HasMaxLength(MailMessage.MaxReferenceLength);
        e.HasIndex(x => x.Reference).HasDatabaseName("IX_OutboxMessages_Reference");
    });
}
