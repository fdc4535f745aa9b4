using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Transparency.Models;

namespace Participation.Transparency;

public sealed class TransparencyModel : IModelContributor
{
    public void Build(ModelBuilder modelBuilder) => modelBuilder
        .Entity<ImpactReport>(e =>
        {
            e.ToTable("ImpactReports");
            e.HasKey(x => x.Id);
            e.Property(x => x.DepartmentKey).HasMaxLength(50);
            e.Property(x => x.Period).HasMaxLength(7);
            e.Property(x => x.Recipients).HasMaxLength(2000);
            e.Property(x => x.PdfProblem).HasMaxLength(500);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.LastError).HasMaxLength(500);
            e.Ignore(x => x.PdfPath);
            e.Ignore(x => x.XlsxPath);
            e.HasIndex(x => new { x.DepartmentKey, x.Period }).IsUnique().HasDatabaseName("IX_ImpactReports_Department_Period");
            e.HasIndex(x => new { x.Period, x.Id }).HasDatabaseName("IX_ImpactReports_Period");
            e.HasIndex(x => new { x.Status, x.DueUtc }).HasDatabaseName("IX_ImpactReports_Due");
        })
        .Entity<OpenDataBuild>(e =>
        {
            e.ToTable("OpenDataBuilds");
            e.HasKey(x => x.Id);
            e.Property(x => x.Slot).HasMaxLength(60);
            e.Property(x => x.Licence).HasMaxLength(40);
            e.Property(x => x.Datasets).HasMaxLength(4000);
            e.Ignore(x => x.ZipPath);
            e.HasIndex(x => x.Slot).IsUnique().HasDatabaseName("IX_OpenDataBuilds_Slot");
        })
        .Entity<OpenDataRow>(e =>
        {
            e.ToTable("OpenDataRows");
            e.HasKey(x => new { x.BuildId, x.Dataset, x.Sequence });
            e.Property(x => x.Dataset).HasMaxLength(50);
        });
}
