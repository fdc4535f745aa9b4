using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Workflows.Models;

namespace Participation.Workflows;

public sealed class WorkflowsModel : IModelContributor
{
    public void Build(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<WorkflowTypeRecord>(e =>
        {
            e.ToTable("WorkflowTypes");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.WorkflowTypeId).IsUnique().HasDatabaseName("IX_WorkflowTypes_TypeId");
            e.HasIndex(x => new { x.StartEvent, x.IsEnabled }).HasDatabaseName("IX_WorkflowTypes_StartEvent");
            e.Property(x => x.WorkflowTypeId).HasMaxLength(100);
            e.Property(x => x.Name).HasMaxLength(300);
            e.Property(x => x.StartEvent).HasMaxLength(100);
        });
        modelBuilder.Entity<WorkflowEventRecord>(e =>
        {
            e.ToTable("WorkflowEvents");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.Status, x.Id }).HasDatabaseName("IX_WorkflowEvents_Status");
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.CorrelationId).HasMaxLength(100);
            e.Property(x => x.TargetWorkflowTypeId).HasMaxLength(100);
            e.Property(x => x.TargetActivityId).HasMaxLength(100);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.Entity<WorkflowInstance>(e =>
        {
            e.ToTable("WorkflowInstances");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.EventId, x.WorkflowTypeId }).IsUnique().HasDatabaseName("IX_WorkflowInstances_Event_Type");
            e.HasIndex(x => new { x.WorkflowTypeId, x.Id }).HasDatabaseName("IX_WorkflowInstances_Type");
            e.Property(x => x.WorkflowTypeId).HasMaxLength(100);
            e.Property(x => x.EventName).HasMaxLength(100);
            e.Property(x => x.CorrelationId).HasMaxLength(100);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.HasMany(x => x.Steps).WithOne().HasForeignKey(s => s.WorkflowInstanceId);
        });
        modelBuilder.Entity<WorkflowStep>(e =>
        {
            e.ToTable("WorkflowSteps");
            e.HasKey(x => x.Id);
            e.Property(x => x.ActivityId).HasMaxLength(100);
            e.Property(x => x.ActivityName).HasMaxLength(100);
            e.Property(x => x.Outcome).HasMaxLength(100);
        });
        modelBuilder.Entity<WorkflowTimer>(e =>
        {
            e.ToTable("WorkflowTimers");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.Status, x.DueUtc }).HasDatabaseName("IX_WorkflowTimers_Due");
            e.HasIndex(x => new { x.WorkflowTypeId, x.ActivityId, x.ContentItemId }).HasDatabaseName("IX_WorkflowTimers_Content");
            e.HasIndex(x => new { x.EventName, x.CorrelationId }).HasDatabaseName("IX_WorkflowTimers_Key");
            e.Property(x => x.EventName).HasMaxLength(100);
            e.Property(x => x.WorkflowTypeId).HasMaxLength(100);
            e.Property(x => x.ActivityId).HasMaxLength(100);
            e.Property(x => x.ContentItemId).HasMaxLength(26);
            e.Property(x => x.CorrelationId).HasMaxLength(100);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.Entity<ContentSubscription>(e =>
        {
            e.ToTable("ContentSubscriptions");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.UserId, x.ContentItemId }).IsUnique().HasDatabaseName("IX_ContentSubscriptions_User_Item");
            e.HasIndex(x => x.ContentItemId).HasDatabaseName("IX_ContentSubscriptions_Item");
            e.Property(x => x.UserId).HasMaxLength(450);
            e.Property(x => x.ContentItemId).HasMaxLength(26);
        });
    }
}
