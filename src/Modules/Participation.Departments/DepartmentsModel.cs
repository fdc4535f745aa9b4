using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Departments.Models;

namespace Participation.Departments;

public sealed class DepartmentsModel : IModelContributor
{
    public void Build(ModelBuilder modelBuilder) => modelBuilder.Entity<DepartmentRecord>(e =>
    {
        e.ToTable("Departments");
        e.HasKey(x => x.Id);
        e.HasIndex(x => x.Key).IsUnique().HasDatabaseName("IX_Departments_Key");
        e.Property(x => x.Key).HasMaxLength(50);
        e.Property(x => x.NameAr).HasMaxLength(200);
        e.Property(x => x.NameEn).HasMaxLength(200);
        e.Property(x => x.Email).HasMaxLength(256);
        e.Property(x => x.ParentKey).HasMaxLength(50);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
    }).Entity<DepartmentMemberRecord>(e =>
    {
        e.ToTable("DepartmentMembers");
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.DepartmentKey, x.UserId }).IsUnique().HasDatabaseName("IX_DepartmentMembers_Department_User");
        e.HasIndex(x => x.UserId).HasDatabaseName("IX_DepartmentMembers_User");
        e.Property(x => x.DepartmentKey).HasMaxLength(50);
        e.Property(x => x.UserId).HasMaxLength(450);
    });
}
