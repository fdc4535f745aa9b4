using Microsoft.EntityFrameworkCore.Migrations;
using Participation.Data;

namespace Participation.Consultations;

public sealed class Migrations : DataMigration
{
    /// <summary>The index tables of the public list (filled from the content by <see cref="Services.ConsultationIndexRebuild"/>).</summary>
    public int Create(MigrationBuilder schema)
    {
        schema.CreateTable("ConsultationIndex", t => new
        {
            ContentItemId = t.Column<string>(maxLength: 26, nullable: false),
            Culture = t.Column<string>(maxLength: 10, nullable: false),
            LocalizationSet = t.Column<string>(maxLength: 26, nullable: false),
            Stage = t.Column<string>(maxLength: 50, nullable: false),
            Department = t.Column<string>(maxLength: 50, nullable: false),
            ForEveryone = t.Column<bool>(nullable: false),
            OpensUtc = t.Column<DateTime>(nullable: true),
            ClosesUtc = t.Column<DateTime>(nullable: true),
            DisplayText = t.Column<string>(maxLength: 500, nullable: false),
            SortKey = t.Column<string>(maxLength: 64, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_ConsultationIndex", x => x.ContentItemId));
        // The list walks SortKey in order; translations are matched by set; filters by stage and department.
        schema.CreateIndex("IX_ConsultationIndex_SortKey", "ConsultationIndex", "SortKey", unique: true);
        schema.CreateIndex("IX_ConsultationIndex_Set_Culture", "ConsultationIndex", ["LocalizationSet", "Culture"]);
        schema.CreateIndex("IX_ConsultationIndex_Stage_SortKey", "ConsultationIndex", ["Stage", "SortKey"]);
        schema.CreateIndex("IX_ConsultationIndex_Department_Stage", "ConsultationIndex", ["Department", "Stage"]);

        schema.CreateTable("ConsultationAudienceIndex", t => new
        {
            ContentItemId = t.Column<string>(maxLength: 26, nullable: false),
            Audience = t.Column<string>(maxLength: 100, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ConsultationAudienceIndex", x => new { x.ContentItemId, x.Audience });
            t.ForeignKey("FK_ConsultationAudienceIndex_ConsultationIndex_ContentItemId", x => x.ContentItemId, "ConsultationIndex", "ContentItemId", onDelete: ReferentialAction.Cascade);
        });
        return 1;
    }
}
