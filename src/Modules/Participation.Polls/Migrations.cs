using Microsoft.EntityFrameworkCore.Migrations;
using Participation.Data;

namespace Participation.Polls;

public sealed class Migrations : DataMigration
{
    public int Create(MigrationBuilder schema)
    {
        schema.CreateTable("PollBallots", t => new
        {
            Id = t.Column<long>(nullable: false).Identity(),
            PollId = t.Column<string>(maxLength: 26, nullable: false),
            UserId = t.Column<string>(maxLength: 450, nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            ChangedUtc = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_PollBallots", x => x.Id));
        // One ballot per person per poll, whatever the application does.
        schema.CreateIndex("IX_PollBallots_PollId_UserId", "PollBallots", ["PollId", "UserId"], unique: true);

        schema.CreateTable("PollBallotChoices", t => new
        {
            Id = t.Column<long>(nullable: false).Identity(),
            BallotId = t.Column<long>(nullable: false),
            OptionId = t.Column<string>(maxLength: 32, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_PollBallotChoices", x => x.Id);
            t.ForeignKey("FK_PollBallotChoices_PollBallots_BallotId", x => x.BallotId, "PollBallots", "Id", onDelete: ReferentialAction.Cascade);
        });
        schema.CreateIndex("IX_PollBallotChoices_BallotId", "PollBallotChoices", "BallotId");

        schema.CreateTable("PollCounts", t => new
        {
            PollId = t.Column<string>(maxLength: 26, nullable: false),
            Day = t.Column<string>(maxLength: 10, nullable: false),
            OptionId = t.Column<string>(maxLength: 32, nullable: false),
            Count = t.Column<long>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_PollCounts", x => new { x.PollId, x.Day, x.OptionId }));
        return 1;
    }

    /// <summary>A person's ballots sought by voter (their block of every poll reads them all at once, <c>Services.OwnBallots</c>), not by scanning the ballots.</summary>
    public int UpdateFrom1(MigrationBuilder schema)
    {
        schema.CreateIndex("IX_PollBallots_UserId", "PollBallots", "UserId");
        return 2;
    }
}
