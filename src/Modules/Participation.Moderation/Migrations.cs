using Microsoft.EntityFrameworkCore.Migrations;
using Participation.Data;

namespace Participation.Moderation;

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
