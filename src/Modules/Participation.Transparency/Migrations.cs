using Microsoft.EntityFrameworkCore.Migrations;
using Participation.Data;

namespace Participation.Transparency;

public sealed class Migrations : DataMigration
{
    public int Create(MigrationBuilder schema)
    {
        schema.CreateTable("ImpactReports", t => new
        {
            Id = t.Column<long>(nullable: false).Identity(),
            DepartmentKey = t.Column<string>(maxLength: 50, nullable: false),
            Period = t.Column<string>(maxLength: 7, nullable: false),
            BuiltUtc = t.Column<DateTime>(nullable: false),
            Recipients = t.Column<string>(maxLength: 2000, nullable: false),
            PdfProblem = t.Column<string>(maxLength: 500, nullable: true),
        }, constraints: t => t.PrimaryKey("PK_ImpactReports", x => x.Id));
        // One report per department and month, even when two nodes build it at once.
        schema.CreateIndex("IX_ImpactReports_Department_Period", "ImpactReports", ["DepartmentKey", "Period"], unique: true);
        schema.CreateIndex("IX_ImpactReports_Period", "ImpactReports", ["Period", "Id"]);
        return 1;
    }

    /// <summary>Open data: its builds, claimed by a unique slot, and the rows the API pages.</summary>
    public int UpdateFrom1(MigrationBuilder schema)
    {
        schema.CreateTable("OpenDataBuilds", t => new
        {
            Id = t.Column<long>(nullable: false).Identity(),
            Slot = t.Column<string>(maxLength: 60, nullable: false),
            StartedUtc = t.Column<DateTime>(nullable: false),
            PublishedUtc = t.Column<DateTime>(nullable: true),
            Licence = t.Column<string>(maxLength: 40, nullable: false),
            Threshold = t.Column<int>(nullable: false),
            Datasets = t.Column<string>(maxLength: 4000, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_OpenDataBuilds", x => x.Id));
        // One build per slot (a day), even when two nodes start it at once.
        schema.CreateIndex("IX_OpenDataBuilds_Slot", "OpenDataBuilds", ["Slot"], unique: true);
        schema.CreateTable("OpenDataRows", t => new
        {
            BuildId = t.Column<long>(nullable: false),
            Dataset = t.Column<string>(maxLength: 50, nullable: false),
            Sequence = t.Column<int>(nullable: false),
            Values = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_OpenDataRows", x => new { x.BuildId, x.Dataset, x.Sequence }));
        return 2;
    }

    /// <summary>
    /// Impact reports are asked for in the month-end workflow and built after it, by a background
    /// builder: a status, the builder's claim and retry. The reports built before are Built.
    /// </summary>
    public int UpdateFrom2(MigrationBuilder schema)
    {
        schema.AddColumn<string>("Status", "ImpactReports", maxLength: 20, nullable: false, defaultValue: "Built");
        schema.AddColumn<int>("Attempts", "ImpactReports", nullable: false, defaultValue: 0);
        schema.AddColumn<DateTime>("DueUtc", "ImpactReports", nullable: true);
        schema.AddColumn<string>("LastError", "ImpactReports", maxLength: 500, nullable: true);
        schema.CreateIndex("IX_ImpactReports_Due", "ImpactReports", ["Status", "DueUtc"]);
        return 3;
    }
}
