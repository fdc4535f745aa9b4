using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
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

public sealed class Migrations : DataMigration
{
    public int Create(MigrationBuilder schema)
    {
        schema.CreateTable("ModerationReasons", t => new
        {
            Id = t.Column<long>(nullable: false).Identity(),
            Key = t.Column<string>(maxLength: 50, nullable: false),
            NameAr = t.Column<string>(maxLength: 200, nullable: false),
            NameEn = t.Column<string>(maxLength: 200, nullable: false),
            IsActive = t.Column<bool>(nullable: false),
            Position = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_ModerationReasons", x => x.Id));
        schema.CreateIndex("IX_ModerationReasons_Key", "ModerationReasons", "Key", unique: true);
        schema.CreateTable("LexiconTerms", t => new
        {
            Id = t.Column<long>(nullable: false).Identity(),
            Term = t.Column<string>(maxLength: 100, nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_LexiconTerms", x => x.Id));
        schema.CreateIndex("IX_LexiconTerms_Term", "LexiconTerms", "Term", unique: true);
        schema.CreateTable("Bans", t => new
        {
            Id = t.Column<long>(nullable: false).Identity(),
            UserId = t.Column<string>(maxLength: 450, nullable: false),
            Reason = t.Column<string>(maxLength: 50, nullable: false),
            Note = t.Column<string>(nullable: true),
            EndsUtc = t.Column<DateTime>(nullable: true),
            CreatedBy = t.Column<string>(maxLength: 256, nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            LiftedUtc = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Bans", x => x.Id));
        schema.CreateIndex("IX_Bans_User", "Bans", "UserId");
        schema.CreateTable("ModerationDigestRuns", t => new
        {
            Period = t.Column<string>(maxLength: 50, nullable: false),
            SentUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_ModerationDigestRuns", x => x.Period));
        return 1;
    }
}
