using Microsoft.EntityFrameworkCore.Migrations;
using Participation.Data;

namespace Participation.Users;

/// <summary>ASP.NET Core Identity's tables and the national login's verified identities, as <see cref="IdentityModel"/> maps them.</summary>
public sealed class IdentityMigrations : DataMigration
{
    // The host ran these before the Users module owned them; sites record their version under this name.
    public override string Feature => "Participation.Identity";

    public int Create(MigrationBuilder schema)
    {
        schema.CreateTable("AspNetRoles", t => new
        {
            Id = t.Column<string>(maxLength: 450, nullable: false),
            Name = t.Column<string>(maxLength: 256, nullable: true),
            NormalizedName = t.Column<string>(maxLength: 256, nullable: true),
            ConcurrencyStamp = t.Column<string>(nullable: true),
            Description = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_AspNetRoles", x => x.Id));
        schema.CreateIndex("RoleNameIndex", "AspNetRoles", "NormalizedName", unique: true);

        schema.CreateTable("AspNetUsers", t => new
        {
            Id = t.Column<string>(maxLength: 450, nullable: false),
            UserName = t.Column<string>(maxLength: 256, nullable: true),
            NormalizedUserName = t.Column<string>(maxLength: 256, nullable: true),
            Email = t.Column<string>(maxLength: 256, nullable: true),
            NormalizedEmail = t.Column<string>(maxLength: 256, nullable: true),
            EmailConfirmed = t.Column<bool>(nullable: false),
            PasswordHash = t.Column<string>(nullable: true),
            SecurityStamp = t.Column<string>(nullable: true),
            ConcurrencyStamp = t.Column<string>(nullable: true),
            PhoneNumber = t.Column<string>(nullable: true),
            PhoneNumberConfirmed = t.Column<bool>(nullable: false),
            TwoFactorEnabled = t.Column<bool>(nullable: false),
            LockoutEnd = t.Column<DateTimeOffset>(nullable: true),
            LockoutEnabled = t.Column<bool>(nullable: false),
            AccessFailedCount = t.Column<int>(nullable: false),
            DisplayName = t.Column<string>(nullable: false),
            PreferredCulture = t.Column<string>(nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_AspNetUsers", x => x.Id));
        schema.CreateIndex("UserNameIndex", "AspNetUsers", "NormalizedUserName", unique: true);
        schema.CreateIndex("EmailIndex", "AspNetUsers", "NormalizedEmail");

        schema.CreateTable("AspNetRoleClaims", t => new
        {
            Id = t.Column<int>(nullable: false).Identity(),
            RoleId = t.Column<string>(maxLength: 450, nullable: false),
            ClaimType = t.Column<string>(nullable: true),
            ClaimValue = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
            t.ForeignKey("FK_AspNetRoleClaims_AspNetRoles_RoleId", x => x.RoleId, "AspNetRoles", "Id", onDelete: ReferentialAction.Cascade);
        });
        schema.CreateIndex("IX_AspNetRoleClaims_RoleId", "AspNetRoleClaims", "RoleId");

        schema.CreateTable("AspNetUserClaims", t => new
        {
            Id = t.Column<int>(nullable: false).Identity(),
            UserId = t.Column<string>(maxLength: 450, nullable: false),
            ClaimType = t.Column<string>(nullable: true),
            ClaimValue = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
            t.ForeignKey("FK_AspNetUserClaims_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
        });
        schema.CreateIndex("IX_AspNetUserClaims_UserId", "AspNetUserClaims", "UserId");

        schema.CreateTable("AspNetUserLogins", t => new
        {
            LoginProvider = t.Column<string>(maxLength: 450, nullable: false),
            ProviderKey = t.Column<string>(maxLength: 450, nullable: false),
            ProviderDisplayName = t.Column<string>(nullable: true),
            UserId = t.Column<string>(maxLength: 450, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
            t.ForeignKey("FK_AspNetUserLogins_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
        });
        schema.CreateIndex("IX_AspNetUserLogins_UserId", "AspNetUserLogins", "UserId");

        schema.CreateTable("AspNetUserRoles", t => new
        {
            UserId = t.Column<string>(maxLength: 450, nullable: false),
            RoleId = t.Column<string>(maxLength: 450, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
            t.ForeignKey("FK_AspNetUserRoles_AspNetRoles_RoleId", x => x.RoleId, "AspNetRoles", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_AspNetUserRoles_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
        });
        schema.CreateIndex("IX_AspNetUserRoles_RoleId", "AspNetUserRoles", "RoleId");

        schema.CreateTable("AspNetUserTokens", t => new
        {
            UserId = t.Column<string>(maxLength: 450, nullable: false),
            LoginProvider = t.Column<string>(maxLength: 450, nullable: false),
            Name = t.Column<string>(maxLength: 450, nullable: false),
            Value = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
            t.ForeignKey("FK_AspNetUserTokens_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
        });
        return 1;
    }

    /// <summary>The verified identities: a keyed hash of the national ID, unique, and the one account that holds it.</summary>
    public int UpdateFrom1(MigrationBuilder schema)
    {
        schema.CreateTable("UserNationalIdentities", t => new
        {
            Id = t.Column<int>(nullable: false).Identity(),
            UserId = t.Column<string>(maxLength: 450, nullable: false),
            IdentityHash = t.Column<string>(maxLength: 64, nullable: false),
            Provider = t.Column<string>(maxLength: 40, nullable: false),
            VerifiedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_UserNationalIdentities", x => x.Id);
            t.ForeignKey("FK_UserNationalIdentities_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
        });
        schema.CreateIndex("IX_UserNationalIdentities_IdentityHash", "UserNationalIdentities", "IdentityHash", unique: true);
        schema.CreateIndex("IX_UserNationalIdentities_UserId", "UserNationalIdentities", "UserId", unique: true);
        return 2;
    }
}