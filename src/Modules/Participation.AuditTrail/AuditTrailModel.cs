using Microsoft.EntityFrameworkCore;
using Participation.AuditTrail.Models;
using Participation.Data;

namespace Participation.AuditTrail;

public sealed class AuditTrailModel : IModelContributor
{
    public void Build(ModelBuilder modelBuilder) => modelBuilder.Entity<AuditTrailEvent>(e =>
    {
        e.ToTable("AuditTrailEvents");
        e.HasKey(x => x.Id);
        e.Property(x => x.Category).HasMaxLength(50);
        e.Property(x => x.Name).HasMaxLength(50);
        e.Property(x => x.ContentItemId).HasMaxLength(26);
        e.Property(x => x.ContentItemVersionId).HasMaxLength(26);
        e.Property(x => x.ContentType).HasMaxLength(100);
        e.Property(x => x.DisplayText).HasMaxLength(500);
        e.Property(x => x.UserName).HasMaxLength(256);
        e.HasIndex(x => x.CreatedUtc).HasDatabaseName("IX_AuditTrailEvents_Created");
        e.HasIndex(x => x.ContentItemId).HasDatabaseName("IX_AuditTrailEvents_ContentItem");
    });
}
