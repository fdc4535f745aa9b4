using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Participation.Data;

namespace Participation.Users;

/// <summary>
/// ASP.NET Core Identity's entities in the suite's model, mapped as Identity's own
/// <c>IdentityDbContext</c> (schema version 1) maps them, onto the tables
/// <see cref="IdentityMigrations"/> creates.
/// </summary>
public sealed class IdentityModel : IModelContributor
{
    public void Build(ModelBuilder builder)
    {
        builder.Entity<ParticipationUser>(b =>
        {
            b.ToTable("AspNetUsers");
            b.HasKey(u => u.Id);
            b.HasIndex(u => u.NormalizedUserName).HasDatabaseName("UserNameIndex").IsUnique();
            b.HasIndex(u => u.NormalizedEmail).HasDatabaseName("EmailIndex");
            b.Property(u => u.ConcurrencyStamp).IsConcurrencyToken();
            b.Property(u => u.UserName).HasMaxLength(256);
            b.Property(u => u.NormalizedUserName).HasMaxLength(256);
            b.Property(u => u.Email).HasMaxLength(256);
            b.Property(u => u.NormalizedEmail).HasMaxLength(256);
            b.HasMany<IdentityUserClaim<string>>().WithOne().HasForeignKey(c => c.UserId).IsRequired();
            b.HasMany<IdentityUserLogin<string>>().WithOne().HasForeignKey(l => l.UserId).IsRequired();
            b.HasMany<IdentityUserToken<string>>().WithOne().HasForeignKey(t => t.UserId).IsRequired();
            b.HasMany<IdentityUserRole<string>>().WithOne().HasForeignKey(r => r.UserId).IsRequired();
        });

        builder.Entity<ParticipationRole>(b =>
        {
            b.ToTable("AspNetRoles");
            b.HasKey(r => r.Id);
            b.HasIndex(r => r.NormalizedName).HasDatabaseName("RoleNameIndex").IsUnique();
            b.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
            b.Property(r => r.Name).HasMaxLength(256);
            b.Property(r => r.NormalizedName).HasMaxLength(256);
            b.HasMany<IdentityUserRole<string>>().WithOne().HasForeignKey(r => r.RoleId).IsRequired();
            b.HasMany<IdentityRoleClaim<string>>().WithOne().HasForeignKey(c => c.RoleId).IsRequired();
        });

        builder.Entity<IdentityUserClaim<string>>(b =>
        {
            b.ToTable("AspNetUserClaims");
            b.HasKey(c => c.Id);
        });
        builder.Entity<IdentityUserLogin<string>>(b =>
        {
            b.ToTable("AspNetUserLogins");
            b.HasKey(l => new { l.LoginProvider, l.ProviderKey });
        });
        builder.Entity<IdentityUserToken<string>>(b =>
        {
            b.ToTable("AspNetUserTokens");
            b.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
        });
        builder.Entity<IdentityUserRole<string>>(b =>
        {
            b.ToTable("AspNetUserRoles");
            b.HasKey(r => new { r.UserId, r.RoleId });
        });
        builder.Entity<IdentityRoleClaim<string>>(b =>
        {
            b.ToTable("AspNetRoleClaims");
            b.HasKey(c => c.Id);
        });
    }
}
