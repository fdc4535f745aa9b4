using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Ideas.Models;

namespace Participation.Ideas;

public sealed class IdeasModel : IModelContributor
{
    public void Build(ModelBuilder modelBuilder) => modelBuilder
        .Entity<IdeaIndex>(e =>
        {
            e.ToTable("IdeaIndex");
            e.HasKey(x => x.ContentItemId);
            e.Property(x => x.ContentItemId).HasMaxLength(26);
            e.Property(x => x.TopicId).HasMaxLength(26);
            e.Property(x => x.Status).HasMaxLength(64);
            e.Property(x => x.Category).HasMaxLength(100);
            e.Property(x => x.AuthorId).HasMaxLength(450);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.RefusalReason).HasMaxLength(100);
            e.Property(x => x.ScreeningFlags).HasMaxLength(2000);
            e.Property(x => x.MergedIntoId).HasMaxLength(26);
            e.HasIndex(x => new { x.TopicId, x.Status, x.Supports }).HasDatabaseName("IX_IdeaIndex_Topic_Status_Supports");
            e.HasIndex(x => new { x.TopicId, x.Status, x.Heat }).HasDatabaseName("IX_IdeaIndex_Topic_Status_Heat");
            e.HasIndex(x => new { x.TopicId, x.Status, x.PublishedUtc }).HasDatabaseName("IX_IdeaIndex_Topic_Status_Published");
            e.HasIndex(x => new { x.Status, x.CreatedUtc }).HasDatabaseName("IX_IdeaIndex_Status_Created");
            e.HasIndex(x => x.AuthorId).HasDatabaseName("IX_IdeaIndex_AuthorId");
        })
        .Entity<IdeaSupport>(e =>
        {
            e.ToTable("IdeaSupports");
            e.HasKey(x => x.Id);
            e.Property(x => x.IdeaId).HasMaxLength(26);
            e.Property(x => x.TopicId).HasMaxLength(26);
            e.Property(x => x.UserId).HasMaxLength(450);
            e.HasIndex(x => new { x.IdeaId, x.UserId }).IsUnique();
            e.HasIndex(x => new { x.TopicId, x.UserId });
        })
        .Entity<IdeaSupportCount>(e =>
        {
            e.ToTable("IdeaSupportCounts");
            e.HasKey(x => new { x.IdeaId, x.Day });
            e.Property(x => x.IdeaId).HasMaxLength(26);
            e.Property(x => x.Day).HasMaxLength(10);
        })
        .Entity<IdeaStatusChange>(e =>
        {
            e.ToTable("IdeaStatusChanges");
            e.HasKey(x => x.Id);
            e.Property(x => x.IdeaId).HasMaxLength(26);
            e.Property(x => x.Status).HasMaxLength(64);
            e.Property(x => x.Note).HasMaxLength(8000);
            e.HasIndex(x => new { x.IdeaId, x.CreatedUtc });
        })
        .Entity<IdeaMergedSupporter>(e =>
        {
            e.ToTable("IdeaMergedSupporters");
            e.HasKey(x => new { x.IdeaId, x.UserId });
            e.Property(x => x.IdeaId).HasMaxLength(26);
            e.Property(x => x.UserId).HasMaxLength(450);
        })
        .Entity<IdeaAssessment>(e =>
        {
            e.ToTable("IdeaAssessments");
            e.HasKey(x => x.IdeaId);
            e.Property(x => x.IdeaId).HasMaxLength(26);
            e.Property(x => x.Cost).HasMaxLength(20);
            e.Property(x => x.Effort).HasMaxLength(20);
            e.Property(x => x.Impact).HasMaxLength(20);
            e.Property(x => x.Notes).HasMaxLength(4000);
        })
        .Entity<IdeaIndex>(e => e.Property(x => x.CustomStatus).HasMaxLength(IdeaCustomStatus.KeyMax))
        .Entity<IdeaStatusChange>(e => e.Property(x => x.CustomStatus).HasMaxLength(IdeaCustomStatus.KeyMax))
        .Entity<IdeaCustomStatus>(e =>
        {
            e.ToTable("IdeaCustomStatuses");
            e.HasKey(x => x.Key);
            e.Property(x => x.Key).HasMaxLength(IdeaCustomStatus.KeyMax);
            e.Property(x => x.NameAr).HasMaxLength(Domain.CustomStatusRules.NameMax);
            e.Property(x => x.NameEn).HasMaxLength(Domain.CustomStatusRules.NameMax);
            e.Property(x => x.CountsAs).HasMaxLength(64);
            e.HasIndex(x => x.NameAr).IsUnique().HasDatabaseName("IX_IdeaCustomStatuses_NameAr");
            e.HasIndex(x => x.NameEn).IsUnique().HasDatabaseName("IX_IdeaCustomStatuses_NameEn");
        });
}
