using Microsoft.EntityFrameworkCore.Migrations;
using Participation.Data;

namespace Participation.AuditTrail;

public sealed class Migrations : DataMigration
{
    public int Create(MigrationBuilder schema)
    {
        schema.CreateTable("AuditTrailEvents", t => new
        {
            Id = t.Column<long>(nullable: false).Identity(),
            Category = t.Column<string>(maxLength: 50, nullable: false),
            Name = t.Column<string>(maxLength: 50, nullable: false),
            ContentItemId = t.Column<string>(maxLength: 26, nullable: true),
            ContentItemVersionId = t.Column<string>(maxLength: 26, nullable: true),
            ContentType = t.Column<string>(maxLength: 100, nullable: true),
            DisplayText = t.Column<string>(maxLength: 500, nullable: true),
            UserName = t.Column<string>(maxLength: 256, nullable: true),
            Comment = t.Column<string>(nullable: true),
            CreatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_AuditTrailEvents", x => x.Id));
        schema.CreateIndex("IX_AuditTrailEvents_Created", "AuditTrailEvents", "CreatedUtc");
        schema.CreateIndex("IX_AuditTrailEvents_ContentItem", "AuditTrailEvents", "ContentItemId");
        return 1;
    }
}
