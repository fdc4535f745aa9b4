using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Moderation.Models;

namespace Participation.Moderation;

public sealed class ModerationModel : IModelContributor
{
    public void Build(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ModerationReason>(e =>
        {
            e.ToTable("ModerationReasons");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.Key).IsUnique().HasDatabaseName("IX_ModerationReasons_Key");
            e.Property(x => x.Key).HasMaxLength(50);
            e.Property(x => x.NameAr).HasMaxLength(200);
            e.Property(x => x.NameEn).HasMaxLength(200);
        });
        modelBuilder.Entity<LexiconTerm>(e => { e.ToTable("LexiconTerms"); e.HasKey(x => x.Id); e.Property(x => x.Term).HasMaxLength(100); e.HasIndex(x => x.Term).IsUnique().HasDatabaseName("IX_LexiconTerms_Term"); });
        modelBuilder.Entity<Ban>(e =>
        {
            e.ToTable("Bans");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.UserId).HasDatabaseName("IX_Bans_User");
            e.Property(x => x.UserId).HasMaxLength(450);
            e.Property(x => x.Reason).HasMaxLength(50);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
        });
        modelBuilder.Entity<DigestRun>(e => { e.ToTable("ModerationDigestRuns"); e.HasKey(x => x.Period); e.Property(x => x.Period).HasMaxLength(50); });
    }
}
