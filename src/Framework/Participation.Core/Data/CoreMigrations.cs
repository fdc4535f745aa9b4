using Microsoft.EntityFrameworkCore.Migrations;

namespace Participation.Data;

/// <summary>The host's own tables: content items (all versions), site documents and the shared data-protection keys.</summary>
public sealed class CoreMigrations : DataMigration
{
    public override string Feature => "Participation.Core";

    public int Create(MigrationBuilder schema)
    {
        schema.CreateTable("ContentItems", t => new
        {
            Id = t.Column<long>(nullable: false).Identity(),
            ContentItemId = t.Column<string>(maxLength: 26, nullable: false),
            ContentItemVersionId = t.Column<string>(maxLength: 26, nullable: false),
            Number = t.Column<int>(nullable: false),
            ContentType = t.Column<string>(maxLength: 100, nullable: false),
            DisplayText = t.Column<string>(maxLength: 500, nullable: false),
            Path = t.Column<string>(maxLength: 300, nullable: true),
            Culture = t.Column<string>(maxLength: 10, nullable: true),
            Stage = t.Column<string>(maxLength: 50, nullable: true),
            Published = t.Column<bool>(nullable: false),
            Latest = t.Column<bool>(nullable: false),
            Owner = t.Column<string>(maxLength: 450, nullable: true),
            Author = t.Column<string>(maxLength: 256, nullable: true),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            ModifiedUtc = t.Column<DateTime>(nullable: false),
            PublishedUtc = t.Column<DateTime>(nullable: true),
            Data = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_ContentItems", x => x.Id));
        schema.CreateIndex("IX_ContentItems_VersionId", "ContentItems", "ContentItemVersionId", unique: true);
        schema.CreateIndex("IX_ContentItems_Item_Latest", "ContentItems", ["ContentItemId", "Latest"]);
        schema.CreateIndex("IX_ContentItems_Item_Published", "ContentItems", ["ContentItemId", "Published"]);
        schema.CreateIndex("IX_ContentItems_Type", "ContentItems", ["ContentType", "Latest", "Published"]);
        schema.CreateIndex("IX_ContentItems_Path", "ContentItems", ["Path", "Published"]);
        schema.CreateIndex("IX_ContentItems_Owner", "ContentItems", "Owner");

        schema.CreateTable("Documents", t => new
        {
            Type = t.Column<string>(maxLength: 200, nullable: false),
            Content = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Documents", x => x.Type));
        return 1;
    }

    /// <summary>The data-protection keys, when the nodes share them through the database.</summary>
    public int UpdateFrom1(MigrationBuilder schema)
    {
        schema.CreateTable("DataProtectionKeys", t => new
        {
            Id = t.Column<long>(nullable: false).Identity(),
            FriendlyName = t.Column<string>(maxLength: 200, nullable: true),
            Xml = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_DataProtectionKeys", x => x.Id));
        return 2;
    }
}
