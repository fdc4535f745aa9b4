using Microsoft.EntityFrameworkCore.Migrations;
using Participation.Data;

namespace Participation.Ideas;

public sealed class Migrations : DataMigration
{
    public int Create(MigrationBuilder schema)
    {
        schema.CreateTable("IdeaIndex", t => new
        {
            ContentItemId = t.Column<string>(maxLength: 26, nullable: false),
            TopicId = t.Column<string>(maxLength: 26, nullable: false),
            Status = t.Column<string>(maxLength: 64, nullable: false),
            Category = t.Column<string>(maxLength: 100, nullable: false),
            AuthorId = t.Column<string>(maxLength: 450, nullable: true),
            Title = t.Column<string>(maxLength: 200, nullable: false),
            Supports = t.Column<long>(nullable: false),
            Heat = t.Column<double>(nullable: false),
            Shuffle = t.Column<int>(nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            PublishedUtc = t.Column<DateTime>(nullable: true),
            ThresholdReachedUtc = t.Column<DateTime>(nullable: true),
            RefusalReason = t.Column<string>(maxLength: 100, nullable: true),
            ScreeningFlags = t.Column<string>(maxLength: 2000, nullable: true),
        }, constraints: t => t.PrimaryKey("PK_IdeaIndex", x => x.ContentItemId));
        // The topic's list in each of its orders, the review queue oldest first, an author's own ideas.
        schema.CreateIndex("IX_IdeaIndex_Topic_Status_Supports", "IdeaIndex", ["TopicId", "Status", "Supports"]);
        schema.CreateIndex("IX_IdeaIndex_Topic_Status_Heat", "IdeaIndex", ["TopicId", "Status", "Heat"]);
        schema.CreateIndex("IX_IdeaIndex_Topic_Status_Published", "IdeaIndex", ["TopicId", "Status", "PublishedUtc"]);
        schema.CreateIndex("IX_IdeaIndex_Status_Created", "IdeaIndex", ["Status", "CreatedUtc"]);
        schema.CreateIndex("IX_IdeaIndex_AuthorId", "IdeaIndex", "AuthorId");

        schema.CreateTable("IdeaSupports", t => new
        {
            Id = t.Column<long>(nullable: false).Identity(),
            IdeaId = t.Column<string>(maxLength: 26, nullable: false),
            TopicId = t.Column<string>(maxLength: 26, nullable: false),
            UserId = t.Column<string>(maxLength: 450, nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_IdeaSupports", x => x.Id));
        // One support per person per idea, whatever the application does; the topic's limit counts by person.
        schema.CreateIndex("IX_IdeaSupports_IdeaId_UserId", "IdeaSupports", ["IdeaId", "UserId"], unique: true);
        schema.CreateIndex("IX_IdeaSupports_TopicId_UserId", "IdeaSupports", ["TopicId", "UserId"]);

        schema.CreateTable("IdeaSupportCounts", t => new
        {
            IdeaId = t.Column<string>(maxLength: 26, nullable: false),
            Day = t.Column<string>(maxLength: 10, nullable: false),
            Count = t.Column<long>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_IdeaSupportCounts", x => new { x.IdeaId, x.Day }));

        schema.CreateTable("IdeaStatusChanges", t => new
        {
            Id = t.Column<long>(nullable: false).Identity(),
            IdeaId = t.Column<string>(maxLength: 26, nullable: false),
            Status = t.Column<string>(maxLength: 64, nullable: false),
            Note = t.Column<string>(maxLength: 8000, nullable: true),
            CreatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_IdeaStatusChanges", x => x.Id));
        schema.CreateIndex("IX_IdeaStatusChanges_IdeaId_CreatedUtc", "IdeaStatusChanges", ["IdeaId", "CreatedUtc"]);
        return 1;
    }

    /// <summary>Merging duplicates: where a merged idea points, and who supported it when merged (told of the merge).</summary>
    public int UpdateFrom1(MigrationBuilder schema)
    {
        schema.AddColumn<string>("MergedIntoId", "IdeaIndex", maxLength: 26, nullable: true);
        schema.CreateTable("IdeaMergedSupporters", t => new
        {
            IdeaId = t.Column<string>(maxLength: 26, nullable: false),
            UserId = t.Column<string>(maxLength: 450, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_IdeaMergedSupporters", x => new { x.IdeaId, x.UserId }));
        return 2;
    }

    /// <summary>The department's feasibility assessment of each idea (staff only).</summary>
    public int UpdateFrom2(MigrationBuilder schema)
    {
        schema.CreateTable("IdeaAssessments", t => new
        {
            IdeaId = t.Column<string>(maxLength: 26, nullable: false),
            Cost = t.Column<string>(maxLength: 20, nullable: false),
            Effort = t.Column<string>(maxLength: 20, nullable: false),
            Impact = t.Column<string>(maxLength: 20, nullable: false),
            Notes = t.Column<string>(maxLength: 4000, nullable: true),
            UpdatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_IdeaAssessments", x => x.IdeaId));
        return 3;
    }

    /// <summary>Statuses the admin defines (their names in both languages, what each counts as), on ideas and their timeline steps.</summary>
    public int UpdateFrom3(MigrationBuilder schema)
    {
        schema.CreateTable("IdeaCustomStatuses", t => new
        {
            Key = t.Column<string>(maxLength: 40, nullable: false),
            NameAr = t.Column<string>(maxLength: 60, nullable: false),
            NameEn = t.Column<string>(maxLength: 60, nullable: false),
            CountsAs = t.Column<string>(maxLength: 64, nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_IdeaCustomStatuses", x => x.Key));
        schema.CreateIndex("IX_IdeaCustomStatuses_NameAr", "IdeaCustomStatuses", "NameAr", unique: true);
        schema.CreateIndex("IX_IdeaCustomStatuses_NameEn", "IdeaCustomStatuses", "NameEn", unique: true);
        schema.AddColumn<string>("CustomStatus", "IdeaIndex", maxLength: 40, nullable: true);
        schema.AddColumn<string>("CustomStatus", "IdeaStatusChanges", maxLength: 40, nullable: true);
        return 4;
    }
}
