using Microsoft.EntityFrameworkCore.Migrations;
using Participation.Data;

namespace Participation.Departments;

public sealed class Migrations : DataMigration
{
    public int Create(MigrationBuilder schema)
    {
        schema.CreateTable("Departments", t => new
        {
            Id = t.Column<long>(nullable: false).Identity(),
            Key = t.Column<string>(maxLength: 50, nullable: false),
            NameAr = t.Column<string>(maxLength: 200, nullable: false),
            NameEn = t.Column<string>(maxLength: 200, nullable: false),
            Email = t.Column<string>(maxLength: 256, nullable: false),
            ParentKey = t.Column<string>(maxLength: 50, nullable: true),
            Kind = t.Column<string>(maxLength: 20, nullable: false),
            IsActive = t.Column<bool>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Departments", x => x.Id));
        schema.CreateIndex("IX_Departments_Key", "Departments", "Key", unique: true);
        return 1;
    }

    /// <summary>Officers and heads, for request inboxes and escalations.</summary>
    public int UpdateFrom1(MigrationBuilder schema)
    {
        schema.CreateTable("DepartmentMembers", t => new
        {
            Id = t.Column<long>(nullable: false).Identity(),
            DepartmentKey = t.Column<string>(maxLength: 50, nullable: false),
            UserId = t.Column<string>(maxLength: 450, nullable: false),
            IsHead = t.Column<bool>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_DepartmentMembers", x => x.Id));
        schema.CreateIndex("IX_DepartmentMembers_Department_User", "DepartmentMembers", ["DepartmentKey", "UserId"], unique: true);
        schema.CreateIndex("IX_DepartmentMembers_User", "DepartmentMembers", "UserId");
        return 2;
    }
}
