using Microsoft.EntityFrameworkCore.Migrations;
using Participation.Data;

namespace Participation.Files;

/// <summary>
/// The database file store's table, created on every site (empty unless
/// <c>Participation:FileStore:Provider=Database</c>), so a site can move its files there without a
/// schema change. A feature of its own: the host's other tables migrate apart from it.
/// </summary>
public sealed class StoredFileMigrations : DataMigration
{
    public const int MaxPathLength = 400;

    public override string Feature => "Participation.Core.FileStore";

    public int Create(MigrationBuilder schema)
    {
        schema.CreateTable("StoredFiles", t => new
        {
            Path = t.Column<string>(maxLength: MaxPathLength, nullable: false),
            Content = t.Column<byte[]>(nullable: false),
            Length = t.Column<long>(nullable: false),
            SavedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_StoredFiles", x => x.Path));
        return 1;
    }
}
