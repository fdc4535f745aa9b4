using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Data;

namespace Participation.Consultations;

public sealed class ConsultationsModel : IModelContributor
{
    public void Build(ModelBuilder modelBuilder) => modelBuilder
        .Entity<ConsultationIndex>(e =>
        {
            e.ToTable("ConsultationIndex");
            e.HasKey(x => x.ContentItemId);
            e.Property(x => x.ContentItemId).HasMaxLength(26);
            e.Property(x => x.Culture).HasMaxLength(10);
            e.Property(x => x.LocalizationSet).HasMaxLength(26);
            e.Property(x => x.Stage).HasMaxLength(50);
            e.Property(x => x.Department).HasMaxLength(50);
            e.Property(x => x.DisplayText).HasMaxLength(500);
            e.Property(x => x.SortKey).HasMaxLength(64);
            e.HasIndex(x => x.SortKey).IsUnique().HasDatabaseName("IX_ConsultationIndex_SortKey");
            e.HasIndex(x => new { x.LocalizationSet, x.Culture }).HasDatabaseName("IX_ConsultationIndex_Set_Culture");
            e.HasIndex(x => new { x.Stage, x.SortKey }).HasDatabaseName("IX_ConsultationIndex_Stage_SortKey");
            e.HasIndex(x => new { x.Department, x.Stage }).HasDatabaseName("IX_ConsultationIndex_Department_Stage");
            e.HasMany<ConsultationAudienceIndex>().WithOne().HasForeignKey(a => a.ContentItemId).OnDelete(DeleteBehavior.Cascade);
        })
        .Entity<ConsultationAudienceIndex>(e =>
        {
            e.ToTable("ConsultationAudienceIndex");
            e.HasKey(x => new { x.ContentItemId, x.Audience });
            e.Property(x => x.ContentItemId).HasMaxLength(26);
            e.Property(x => x.Audience).HasMaxLength(100);
        });
}
