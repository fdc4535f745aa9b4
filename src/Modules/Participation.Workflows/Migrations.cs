using Microsoft.EntityFrameworkCore.Migrations;
using Participation.Data;

namespace Participation.Workflows;

public sealed class Migrations : DataMigration
{
    public int Create(MigrationBuilder schema)
    {
        schema.CreateTable("WorkflowTypes", t => new
        {
            Id = t.Column<long>(nullable: false).Identity(),
            WorkflowTypeId = t.Column<string>(maxLength: 100, nullable: false),
            Name = t.Column<string>(maxLength: 300, nullable: false),
            IsEnabled = t.Column<bool>(nullable: false),
            Version = t.Column<int>(nullable: false),
            StartEvent = t.Column<string>(maxLength: 100, nullable: false),
            Definition = t.Column<string>(nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            ModifiedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_WorkflowTypes", x => x.Id));
        schema.CreateIndex("IX_WorkflowTypes_TypeId", "WorkflowTypes", "WorkflowTypeId", unique: true);
        schema.CreateIndex("IX_WorkflowTypes_StartEvent", "WorkflowTypes", ["StartEvent", "IsEnabled"]);

        schema.CreateTable("WorkflowEvents", t => new
        {
            Id = t.Column<long>(nullable: false).Identity(),
            Name = t.Column<string>(maxLength: 100, nullable: false),
            Input = t.Column<string>(nullable: false),
            CorrelationId = t.Column<string>(maxLength: 100, nullable: true),
            TargetWorkflowTypeId = t.Column<string>(maxLength: 100, nullable: true),
            TargetActivityId = t.Column<string>(maxLength: 100, nullable: true),
            Status = t.Column<string>(maxLength: 20, nullable: false),
            LockedUntilUtc = t.Column<DateTime>(nullable: true),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            ProcessedUtc = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_WorkflowEvents", x => x.Id));
        schema.CreateIndex("IX_WorkflowEvents_Status", "WorkflowEvents", ["Status", "Id"]);

        schema.CreateTable("WorkflowInstances", t => new
        {
            Id = t.Column<long>(nullable: false).Identity(),
            WorkflowTypeId = t.Column<string>(maxLength: 100, nullable: false),
            WorkflowTypeVersion = t.Column<int>(nullable: false),
            EventId = t.Column<long>(nullable: true),
            EventName = t.Column<string>(maxLength: 100, nullable: false),
            Input = t.Column<string>(nullable: false),
            CorrelationId = t.Column<string>(maxLength: 100, nullable: true),
            Status = t.Column<string>(maxLength: 20, nullable: false),
            Error = t.Column<string>(nullable: true),
            RerunOfId = t.Column<long>(nullable: true),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            FinishedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_WorkflowInstances", x => x.Id));
        // An event runs each workflow type at most once, even when two nodes pick it up.
        schema.CreateIndex("IX_WorkflowInstances_Event_Type", "WorkflowInstances", ["EventId", "WorkflowTypeId"], unique: true);
        schema.CreateIndex("IX_WorkflowInstances_Type", "WorkflowInstances", ["WorkflowTypeId", "Id"]);

        schema.CreateTable("WorkflowSteps", t => new
        {
            Id = t.Column<long>(nullable: false).Identity(),
            WorkflowInstanceId = t.Column<long>(nullable: false),
            Sequence = t.Column<int>(nullable: false),
            ActivityId = t.Column<string>(maxLength: 100, nullable: false),
            ActivityName = t.Column<string>(maxLength: 100, nullable: false),
            Outcome = t.Column<string>(maxLength: 100, nullable: true),
            Error = t.Column<string>(nullable: true),
            StartedUtc = t.Column<DateTime>(nullable: false),
            FinishedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_WorkflowSteps", x => x.Id);
            t.ForeignKey("FK_WorkflowSteps_Instances", x => x.WorkflowInstanceId, "WorkflowInstances", "Id", onDelete: ReferentialAction.Cascade);
        });
        schema.CreateIndex("IX_WorkflowSteps_Instance", "WorkflowSteps", "WorkflowInstanceId");

        schema.CreateTable("WorkflowTimers", t => new
        {
            Id = t.Column<long>(nullable: false).Identity(),
            EventName = t.Column<string>(maxLength: 100, nullable: false),
            WorkflowTypeId = t.Column<string>(maxLength: 100, nullable: true),
            ActivityId = t.Column<string>(maxLength: 100, nullable: true),
            ContentItemId = t.Column<string>(maxLength: 26, nullable: true),
            CorrelationId = t.Column<string>(maxLength: 100, nullable: true),
            Input = t.Column<string>(nullable: false),
            DueUtc = t.Column<DateTime>(nullable: false),
            Status = t.Column<string>(maxLength: 20, nullable: false),
            FiredUtc = t.Column<DateTime>(nullable: true),
            CreatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_WorkflowTimers", x => x.Id));
        schema.CreateIndex("IX_WorkflowTimers_Due", "WorkflowTimers", ["Status", "DueUtc"]);
        schema.CreateIndex("IX_WorkflowTimers_Content", "WorkflowTimers", ["WorkflowTypeId", "ActivityId", "ContentItemId"]);

        schema.CreateTable("ContentSubscriptions", t => new
        {
            Id = t.Column<long>(nullable: false).Identity(),
            UserId = t.Column<string>(maxLength: 450, nullable: false),
            ContentItemId = t.Column<string>(maxLength: 26, nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_ContentSubscriptions", x => x.Id));
        schema.CreateIndex("IX_ContentSubscriptions_User_Item", "ContentSubscriptions", ["UserId", "ContentItemId"], unique: true);
        schema.CreateIndex("IX_ContentSubscriptions_Item", "ContentSubscriptions", "ContentItemId");
        return 1;
    }

    /// <summary>Keyed timers (a module's deadline for one of its records) are found by event and key.</summary>
    public int UpdateFrom1(MigrationBuilder schema)
    {
        schema.CreateIndex("IX_WorkflowTimers_Key", "WorkflowTimers", ["EventName", "CorrelationId"]);
        return 2;
    }
}
