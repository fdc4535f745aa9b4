using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Participation.Data;
using Participation.Recipes;
using Participation.Requests.Models;
using Participation.Workflows;

namespace Participation.Requests;

public sealed class Migrations : DataMigration
{
    public int Create(MigrationBuilder schema)
    {
        schema.CreateTable("Requests", t => new
        {
            Id = t.Column<long>(nullable: false).Identity(),
            ReferenceNumber = t.Column<string>(maxLength: 20, nullable: false),
            AccessCode = t.Column<string>(maxLength: 64, nullable: false),
            Kind = t.Column<string>(maxLength: 20, nullable: false),
            Category = t.Column<string>(maxLength: 50, nullable: true),
            Target = t.Column<string>(maxLength: 50, nullable: false),
            DepartmentKey = t.Column<string>(maxLength: 50, nullable: true),
            AssignedUserId = t.Column<string>(maxLength: 450, nullable: true),
            Status = t.Column<string>(maxLength: 30, nullable: false),
            Subject = t.Column<string>(maxLength: 200, nullable: false),
            Message = t.Column<string>(nullable: false),
            Fields = t.Column<string>(nullable: false),
            Name = t.Column<string>(maxLength: 100, nullable: false),
            Email = t.Column<string>(maxLength: 256, nullable: false),
            UserId = t.Column<string>(maxLength: 450, nullable: true),
            Culture = t.Column<string>(maxLength: 10, nullable: false),
            SubmittedUtc = t.Column<DateTime>(nullable: false),
            DueUtc = t.Column<DateTime>(nullable: false),
            PausedUtc = t.Column<DateTime>(nullable: true),
            RemainingMinutes = t.Column<int>(nullable: true),
            PausedMinutes = t.Column<int>(nullable: false),
            AnsweredUtc = t.Column<DateTime>(nullable: true),
            ClosedUtc = t.Column<DateTime>(nullable: true),
            UpdatedUtc = t.Column<DateTime>(nullable: false),
            MergedIntoId = t.Column<long>(nullable: true),
            Rating = t.Column<int>(nullable: true),
            RatingComment = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Requests", x => x.Id));
        schema.CreateIndex("IX_Requests_ReferenceNumber", "Requests", "ReferenceNumber", unique: true);
        schema.CreateIndex("IX_Requests_Department_Status", "Requests", ["DepartmentKey", "Status"]);
        schema.CreateIndex("IX_Requests_User", "Requests", "UserId");
        schema.CreateIndex("IX_Requests_MergedInto", "Requests", "MergedIntoId");

        schema.CreateTable("RequestEntries", t => new
        {
            Id = t.Column<long>(nullable: false).Identity(),
            RequestId = t.Column<long>(nullable: false),
            Kind = t.Column<string>(maxLength: 40, nullable: false),
            IsPublic = t.Column<bool>(nullable: false),
            Text = t.Column<string>(nullable: true),
            Status = t.Column<string>(maxLength: 30, nullable: true),
            DepartmentKey = t.Column<string>(maxLength: 50, nullable: true),
            AuthorName = t.Column<string>(maxLength: 200, nullable: true),
            AuthorUserId = t.Column<string>(maxLength: 450, nullable: true),
            CreatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_RequestEntries", x => x.Id);
            t.ForeignKey("FK_RequestEntries_Requests", x => x.RequestId, "Requests", "Id", onDelete: ReferentialAction.Cascade);
        });
        schema.CreateIndex("IX_RequestEntries_Request", "RequestEntries", "RequestId");

        schema.CreateTable("RequestAttachments", t => new
        {
            Id = t.Column<string>(maxLength: 32, nullable: false),
            RequestId = t.Column<long>(nullable: false),
            EntryId = t.Column<long>(nullable: true),
            FileName = t.Column<string>(maxLength: 255, nullable: false),
            Extension = t.Column<string>(maxLength: 10, nullable: false),
            Size = t.Column<long>(nullable: false),
            UploadedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_RequestAttachments", x => x.Id);
            t.ForeignKey("FK_RequestAttachments_Requests", x => x.RequestId, "Requests", "Id", onDelete: ReferentialAction.Cascade);
        });
        schema.CreateIndex("IX_RequestAttachments_Request", "RequestAttachments", "RequestId");

        schema.CreateTable("ReferenceCounters", t => new
        {
            Key = t.Column<string>(maxLength: 20, nullable: false),
            Value = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_ReferenceCounters", x => x.Key));
        return 1;
    }

    /// <summary>The inbox pages by deadline (keyset on deadline, id) and skips closed requests on the index itself.</summary>
    public int UpdateFrom1(MigrationBuilder schema)
    {
        schema.CreateIndex("IX_Requests_Due", "Requests", ["DueUtc", "Id", "Status"]);
        return 2;
    }

    /// <summary>Suggestions that led to a change, with their public summary (the results page).</summary>
    public int UpdateFrom2(MigrationBuilder schema)
    {
        schema.CreateTable("RequestChanges", t => new
        {
            RequestId = t.Column<long>(nullable: false),
            Summary = t.Column<string>(maxLength: RequestChange.SummaryLength, nullable: false),
            MarkedUtc = t.Column<DateTime>(nullable: false),
            MarkedByUserId = t.Column<string>(maxLength: 450, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_RequestChanges", x => x.RequestId);
            t.ForeignKey("FK_RequestChanges_Requests", x => x.RequestId, "Requests", "Id", onDelete: ReferentialAction.Cascade);
        });
        schema.CreateIndex("IX_RequestChanges_Marked", "RequestChanges", "MarkedUtc");
        return 3;
    }

    /// <summary>The participant's opt-in to the survey about the answer (issue 15, the satisfaction loop).</summary>
    public int UpdateFrom3(MigrationBuilder schema)
    {
        schema.AddColumn<bool>("SatisfactionSurvey", "Requests", nullable: false, defaultValue: false);
        return 4;
    }
}
