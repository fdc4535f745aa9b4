using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Users.Models;

namespace Participation.Users;

/// <summary>
/// ASP.NET Core Identity's entities in the suite's model, mapped as Identity's own
/// <c>IdentityDbContext</c> (schema version 1) maps them, onto the tables
/// <see cref="IdentityMigrations"/> creates, whose keys are 450 characters long; and the
/// national login's verified identities.
/// </summary>
public sealed class IdentityModel : IModelContributor
{
    /// <summary>The length <see cref="IdentityMigrations"/> gives every key and key part.</summary>
    private const int KeyLength = 450;

    public void Build(ModelBuilder builder)
    {
        builder.Entity<ParticipationUser>(b =>
        {
            b.ToTable("AspNetUsers");
            b.HasKey(u => u.Id);
            b.Property(u => u.Id).HasMaxLength(KeyLength);
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
            b.Property(r => r.Id).HasMaxLength(KeyLength);
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
            b.Property(c => c.UserId).HasMaxLength(KeyLength);
        });
        builder.Entity<IdentityUserLogin<string>>(b =>
        {
            b.ToTable("AspNetUserLogins");
            b.HasKey(l => new { l.LoginProvider, l.ProviderKey });
            b.Property(l => l.LoginProvider).HasMaxLength(KeyLength);
            b.Property(l => l.ProviderKey).HasMaxLength(KeyLength);
            b.Property(l => l.UserId).HasMaxLength(KeyLength);
        });
        builder.Entity<IdentityUserToken<string>>(b =>
        {
            b.ToTable("AspNetUserTokens");
            b.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
            b.Property(t => t.UserId).HasMaxLength(KeyLength);
            b.Property(t => t.LoginProvider).HasMaxLength(KeyLength);
            b.Property(t => t.Name).HasMaxLength(KeyLength);
        });
        builder.Entity<IdentityUserRole<string>>(b =>
        {
            b.ToTable("AspNetUserRoles");
            b.HasKey(r => new { r.UserId, r.RoleId });
            b.Property(r => r.UserId).HasMaxLength(KeyLength);
            b.Property(r => r.RoleId).HasMaxLength(KeyLength);
        });
        builder.Entity<IdentityRoleClaim<string>>(b =>
        {
            b.ToTable("AspNetRoleClaims");
            b.HasKey(c => c.Id);
            b.Property(c => c.RoleId).HasMaxLength(KeyLength);
        });
        builder.Entity<NationalIdentity>(b =>
        {
            b.ToTable("UserNationalIdentities");
            b.HasKey(i => i.Id);
            b.Property(i => i.UserId).HasMaxLength(KeyLength);
            b.Property(i => i.IdentityHash).HasMaxLength(NationalIdentity.HashLength);
            b.Property(i => i.Provider).HasMaxLength(40);
            b.HasIndex(i => i.IdentityHash).IsUnique();
            b.HasIndex(i => i.UserId).IsUnique();
            b.HasOne<ParticipationUser>().WithOne().HasForeignKey<NationalIdentity>(i => i.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}