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
}
