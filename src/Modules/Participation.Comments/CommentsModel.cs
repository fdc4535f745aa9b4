using Microsoft.EntityFrameworkCore;
using Participation.Comments.Models;
using Participation.Data;

namespace Participation.Comments;

public sealed class CommentsModel : IModelContributor
{
    public void Build(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Comment>(e =>
        {
            e.ToTable("Comments");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.ContentItemId, x.ParentId, x.IsOfficial, x.CreatedUtc, x.Id }).HasDatabaseName("IX_Comments_Thread");
            e.HasIndex(x => new { x.ContentItemId, x.Status, x.ParentId, x.IsOfficial, x.Stance, x.Audience, x.Rating }).HasDatabaseName("IX_Comments_Item_Figures");
            e.HasIndex(x => new { x.Status, x.CreatedUtc }).HasDatabaseName("IX_Comments_Status_Created");
            e.HasIndex(x => new { x.AuthorId, x.CreatedUtc }).HasDatabaseName("IX_Comments_Author");
            e.HasIndex(x => new { x.ContentItemId, x.Status, x.ParentId, x.IsOfficial, x.CreatedUtc, x.Id }).HasDatabaseName("IX_Comments_Item_Contributions");
            e.HasIndex(x => new { x.AuthorId, x.Status, x.CreatedUtc }).HasDatabaseName("IX_Comments_Author_Status");
            e.HasIndex(x => new { x.CreatedUtc, x.Id }, "IX_Comments_Flagged").HasFilter(Services.CommentCountsBackfill.FlaggedFilter);
            e.HasIndex(x => new { x.CreatedUtc, x.Id }, "IX_Comments_Reported").HasFilter(Services.CommentCountsBackfill.ReportedFilter);
            e.Property(x => x.ContentItemId).HasMaxLength(26);
            e.Property(x => x.AuthorId).HasMaxLength(450);
            e.Property(x => x.AuthorName).HasMaxLength(100);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Flags).HasMaxLength(500);
            e.Property(x => x.HiddenReason).HasMaxLength(50);
            e.Property(x => x.ModeratedBy).HasMaxLength(256);
            e.Ignore(x => x.FlagList);
            e.Property(x => x.Stance).HasMaxLength(20);
            e.Property(x => x.Audience).HasMaxLength(20);
            e.Property(x => x.Tags).HasMaxLength(300);
        });
        modelBuilder.Entity<CommentReport>(e =>
        {
            e.ToTable("CommentReports");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.CommentId, x.UserId }).IsUnique().HasDatabaseName("IX_CommentReports_Comment_User");
            e.Property(x => x.UserId).HasMaxLength(450);
            e.Property(x => x.Reason).HasMaxLength(50);
        });
        modelBuilder.Entity<CommentCount>(e =>
        {
            e.ToTable("CommentCounts");
            e.HasKey(x => new { x.ContentItemId, x.Figure, x.Key });
            e.Property(x => x.ContentItemId).HasMaxLength(26);
            e.Property(x => x.Figure).HasMaxLength(20);
            e.Property(x => x.Key).HasMaxLength(300);
        });
        modelBuilder.Entity<CommentContributor>(e =>
        {
            e.ToTable("CommentContributors");
            e.HasKey(x => new { x.ContentItemId, x.AuthorId });
            e.HasIndex(x => x.AuthorId).HasDatabaseName("IX_CommentContributors_Author");
            e.Property(x => x.ContentItemId).HasMaxLength(26);
            e.Property(x => x.AuthorId).HasMaxLength(450);
        });
    }
}
