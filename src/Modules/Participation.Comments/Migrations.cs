using Microsoft.EntityFrameworkCore.Migrations;
using Participation.Comments.Services;
using Participation.Data;

namespace Participation.Comments;

public sealed class Migrations : DataMigration
{
    public int Create(MigrationBuilder schema)
    {
        schema.CreateTable("Comments", t => new
        {
            Id = t.Column<long>(nullable: false).Identity(),
            ContentItemId = t.Column<string>(maxLength: 26, nullable: false),
            ParentId = t.Column<long>(nullable: true),
            AuthorId = t.Column<string>(maxLength: 450, nullable: true),
            AuthorName = t.Column<string>(maxLength: 100, nullable: false),
            Text = t.Column<string>(nullable: false),
            OriginalText = t.Column<string>(nullable: true),
            Status = t.Column<string>(maxLength: 20, nullable: false),
            Flags = t.Column<string>(maxLength: 500, nullable: false),
            HiddenReason = t.Column<string>(maxLength: 50, nullable: true),
            IsOfficial = t.Column<bool>(nullable: false),
            Rating = t.Column<int>(nullable: true),
            ReportCount = t.Column<int>(nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            ModeratedUtc = t.Column<DateTime>(nullable: true),
            ModeratedBy = t.Column<string>(maxLength: 256, nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Comments", x => x.Id));
        schema.CreateIndex("IX_Comments_Item_Status", "Comments", ["ContentItemId", "Status"]);
        schema.CreateIndex("IX_Comments_Status_Created", "Comments", ["Status", "CreatedUtc"]);
        schema.CreateIndex("IX_Comments_Author", "Comments", ["AuthorId", "CreatedUtc"]);
        schema.CreateTable("CommentReports", t => new
        {
            Id = t.Column<long>(nullable: false).Identity(),
            CommentId = t.Column<long>(nullable: false),
            UserId = t.Column<string>(maxLength: 450, nullable: false),
            Reason = t.Column<string>(maxLength: 50, nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_CommentReports", x => x.Id);
            t.ForeignKey("FK_CommentReports_Comments", x => x.CommentId, "Comments", "Id", onDelete: ReferentialAction.Cascade);
        });
        schema.CreateIndex("IX_CommentReports_Comment_User", "CommentReports", ["CommentId", "UserId"], unique: true);
        return 1;
    }

    /// <summary>Consultation contributions: stance, audience, editors' tags.</summary>
    public int UpdateFrom1(MigrationBuilder schema)
    {
        schema.AddColumn<string>("Stance", "Comments", maxLength: 20, nullable: true);
        schema.AddColumn<string>("Audience", "Comments", maxLength: 20, nullable: true);
        schema.AddColumn<string>("Tags", "Comments", maxLength: 300, nullable: false, defaultValue: "");
        return 2;
    }

    /// <summary>
    /// Threads of any length: a page of a thread (the agency's replies, then the newest) and its
    /// replies are read through one index in keyset order; the counts and figures of an item
    /// are counted from an index that holds every column they group on, without reading rows.
    /// That index starts with the columns of IX_Comments_Item_Status, which it replaces.
    /// </summary>
    public int UpdateFrom2(MigrationBuilder schema)
    {
        schema.CreateIndex("IX_Comments_Thread", "Comments", ["ContentItemId", "ParentId", "IsOfficial", "CreatedUtc", "Id"]);
        schema.CreateIndex("IX_Comments_Item_Figures", "Comments", ["ContentItemId", "Status", "ParentId", "IsOfficial", "Stance", "Audience", "Rating"]);
        schema.DropIndex("IX_Comments_Item_Status", "Comments");
        return 3;
    }

    /// <summary>
    /// Counts kept with every comment change (the analysis figures, the moderation queue's totals,
    /// each item's participants), filled from the rows there are; and the queue's Flagged and
    /// Reported tabs read in order from indexes of their own rows, so a page of them never scans
    /// the comments, nor does a page of an item's contributions in the analysis (sought by every
    /// equality, in keyset order, instead of sorting them all); an author's hidden comments (the
    /// queue's repeat-violator badge) are sought, not read through every comment they wrote.
    /// </summary>
    public int UpdateFrom3(MigrationBuilder schema)
    {
        schema.CreateTable("CommentCounts", t => new
        {
            ContentItemId = t.Column<string>(maxLength: 26, nullable: false),
            Figure = t.Column<string>(maxLength: 20, nullable: false),
            Key = t.Column<string>(maxLength: 300, nullable: false),
            Count = t.Column<long>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_CommentCounts", x => new { x.ContentItemId, x.Figure, x.Key }));
        schema.CreateTable("CommentContributors", t => new
        {
            ContentItemId = t.Column<string>(maxLength: 26, nullable: false),
            AuthorId = t.Column<string>(maxLength: 450, nullable: false),
            Contributions = t.Column<long>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_CommentContributors", x => new { x.ContentItemId, x.AuthorId }));
        schema.CreateIndex("IX_CommentContributors_Author", "CommentContributors", "AuthorId");
        schema.CreateIndex("IX_Comments_Item_Contributions", "Comments", ["ContentItemId", "Status", "ParentId", "IsOfficial", "CreatedUtc", "Id"]);
        schema.CreateIndex("IX_Comments_Author_Status", "Comments", ["AuthorId", "Status", "CreatedUtc"]);
        schema.CreateIndex("IX_Comments_Flagged", "Comments", ["CreatedUtc", "Id"], filter: CommentCountsBackfill.FlaggedFilter);
        schema.CreateIndex("IX_Comments_Reported", "Comments", ["CreatedUtc", "Id"], filter: CommentCountsBackfill.ReportedFilter);
        foreach (var statement in CommentCountsBackfill.Statements(schema.ActiveProvider != "Microsoft.EntityFrameworkCore.Sqlite")) schema.Sql(statement);
        return 4;
    }
}
