using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Participation.Data;
using Participation.Requests.Models;

namespace Participation.Requests;

public sealed class RequestsModel : IModelContributor
{
    public void Build(ModelBuilder modelBuilder) => modelBuilder
        .Entity<ServiceRequest>(e =>
        {
            e.ToTable("Requests");
            e.HasKey(x => x.Id);
            e.Property(x => x.ReferenceNumber).HasMaxLength(20);
            e.Property(x => x.AccessCode).HasMaxLength(64);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Category).HasMaxLength(50);
            e.Property(x => x.Target).HasMaxLength(50);
            e.Property(x => x.DepartmentKey).HasMaxLength(50);
            e.Property(x => x.AssignedUserId).HasMaxLength(450);
            e.Property(x => x.UserId).HasMaxLength(450);
            e.Property(x => x.Subject).HasMaxLength(200);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Email).HasMaxLength(256);
            e.Property(x => x.Culture).HasMaxLength(10);
            e.Ignore(x => x.IsOpen);
            e.HasIndex(x => x.ReferenceNumber).IsUnique().HasDatabaseName("IX_Requests_ReferenceNumber");
            e.HasIndex(x => new { x.DepartmentKey, x.Status }).HasDatabaseName("IX_Requests_Department_Status");
            e.HasIndex(x => x.UserId).HasDatabaseName("IX_Requests_User");
            e.HasIndex(x => x.MergedIntoId).HasDatabaseName("IX_Requests_MergedInto");
            e.HasIndex(x => new { x.DueUtc, x.Id, x.Status }).HasDatabaseName("IX_Requests_Due");
        })
        .Entity<RequestEntry>(e =>
        {
            e.ToTable("RequestEntries");
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.DepartmentKey).HasMaxLength(50);
            e.Property(x => x.AuthorName).HasMaxLength(200);
            e.Property(x => x.AuthorUserId).HasMaxLength(450);
            e.HasIndex(x => x.RequestId).HasDatabaseName("IX_RequestEntries_Request");
        })
        .Entity<RequestAttachment>(e =>
        {
            e.ToTable("RequestAttachments");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(32);
            e.Property(x => x.FileName).HasMaxLength(255);
            e.Property(x => x.Extension).HasMaxLength(10);
            e.HasIndex(x => x.RequestId).HasDatabaseName("IX_RequestAttachments_Request");
        })
        .Entity<RequestChange>(e =>
        {
            e.ToTable("RequestChanges");
            e.HasKey(x => x.RequestId);
            e.Property(x => x.RequestId).ValueGeneratedNever();
            e.Property(x => x.Summary).HasMaxLength(RequestChange.SummaryLength);
            e.Property(x => x.MarkedByUserId).HasMaxLength(450);
            e.HasIndex(x => x.MarkedUtc).HasDatabaseName("IX_RequestChanges_Marked");
        })
        .Entity<ReferenceCounter>(e =>
        {
            e.ToTable("ReferenceCounters");
            e.HasKey(x => x.Key);
            e.Property(x => x.Key).HasMaxLength(20);
        });
}
