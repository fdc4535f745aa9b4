using Microsoft.EntityFrameworkCore.Migrations;
using Participation.Data;

namespace Participation.Surveys;

public sealed class Migrations : DataMigration
{
    public int Create(MigrationBuilder schema)
    {
        schema.CreateTable("SurveyServices", t => new
        {
            Id = t.Column<long>(nullable: false).Identity(),
            Key = t.Column<string>(maxLength: 64, nullable: false),
            NameAr = t.Column<string>(maxLength: 200, nullable: false),
            NameEn = t.Column<string>(maxLength: 200, nullable: false),
            DepartmentKey = t.Column<string>(maxLength: 64, nullable: false),
            IsActive = t.Column<bool>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_SurveyServices", x => x.Id));
        schema.CreateIndex("IX_SurveyServices_Key", "SurveyServices", "Key", unique: true);

        schema.CreateTable("SurveyResponses", t => new
        {
            Id = t.Column<long>(nullable: false).Identity(),
            SurveyId = t.Column<string>(maxLength: 26, nullable: false),
            RespondentKey = t.Column<string>(maxLength: 460, nullable: false),
            SectionId = t.Column<string>(maxLength: 32, nullable: false),
            StartedUtc = t.Column<DateTime>(nullable: false),
            CompletedUtc = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_SurveyResponses", x => x.Id));
        // One response per respondent per survey, whatever the application does.
        schema.CreateIndex("IX_SurveyResponses_SurveyId_RespondentKey", "SurveyResponses", ["SurveyId", "RespondentKey"], unique: true);
        schema.CreateIndex("IX_SurveyResponses_SurveyId_CompletedUtc", "SurveyResponses", ["SurveyId", "CompletedUtc"]);

        schema.CreateTable("SurveyAnswers", t => new
        {
            Id = t.Column<long>(nullable: false).Identity(),
            ResponseId = t.Column<long>(nullable: false),
            SurveyId = t.Column<string>(maxLength: 26, nullable: false),
            QuestionId = t.Column<string>(maxLength: 32, nullable: false),
            Choice = t.Column<string>(maxLength: 64, nullable: false),
            Number = t.Column<double>(nullable: true),
            Text = t.Column<string>(maxLength: 4000, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_SurveyAnswers", x => x.Id);
            t.ForeignKey("FK_SurveyAnswers_SurveyResponses_ResponseId", x => x.ResponseId, "SurveyResponses", "Id", onDelete: ReferentialAction.Cascade);
        });
        schema.CreateIndex("IX_SurveyAnswers_ResponseId_QuestionId_Choice", "SurveyAnswers", ["ResponseId", "QuestionId", "Choice"], unique: true);
        schema.CreateIndex("IX_SurveyAnswers_SurveyId_QuestionId_Choice", "SurveyAnswers", ["SurveyId", "QuestionId", "Choice"]);

        schema.CreateTable("SurveyInvitations", t => new
        {
            Id = t.Column<long>(nullable: false).Identity(),
            SurveyId = t.Column<string>(maxLength: 26, nullable: false),
            Email = t.Column<string>(maxLength: 256, nullable: false),
            Attributes = t.Column<string>(maxLength: 2000, nullable: true),
            TokenHash = t.Column<string>(maxLength: 64, nullable: true),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            SentUtc = t.Column<DateTime>(nullable: true),
            OptedOutUtc = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_SurveyInvitations", x => x.Id));
        // One invitation per address per survey; a token finds one invitation only.
        schema.CreateIndex("IX_SurveyInvitations_SurveyId_Email", "SurveyInvitations", ["SurveyId", "Email"], unique: true);
        schema.CreateIndex("IX_SurveyInvitations_TokenHash", "SurveyInvitations", "TokenHash", unique: true);
        return 1;
    }

    /// <summary>
    /// The follow-up of answered requests: an invitation per request (its reference number as
    /// subject, so one address may be invited once per request) and the department it rates, kept
    /// on the response for satisfaction per department.
    /// </summary>
    public int UpdateFrom1(MigrationBuilder schema)
    {
        schema.AddColumn<string>("Subject", "SurveyInvitations", maxLength: 64, nullable: false, defaultValue: "");
        schema.AddColumn<string>("DepartmentKey", "SurveyInvitations", maxLength: 64, nullable: true);
        schema.DropIndex("IX_SurveyInvitations_SurveyId_Email", "SurveyInvitations");
        schema.CreateIndex("IX_SurveyInvitations_SurveyId_Email_Subject", "SurveyInvitations", ["SurveyId", "Email", "Subject"], unique: true);
        schema.AddColumn<string>("DepartmentKey", "SurveyResponses", maxLength: 64, nullable: true);
        schema.CreateIndex("IX_SurveyResponses_DepartmentKey_CompletedUtc", "SurveyResponses", ["DepartmentKey", "CompletedUtc"]);
        return 2;
    }

    /// <summary>Reminders: how many each recipient was sent, and when the last one went.</summary>
    public int UpdateFrom2(MigrationBuilder schema)
    {
        schema.AddColumn<int>("RemindersSent", "SurveyInvitations", nullable: false, defaultValue: 0);
        schema.AddColumn<DateTime>("RemindedUtc", "SurveyInvitations", nullable: true);
        return 3;
    }

    /// <summary>
    /// Maintained counters of completed responses' answers (per piece, and per question answered),
    /// so the analysis of 100,000 responses reads a few hundred rows; filled from the responses completed so far.
    /// </summary>
    public int UpdateFrom3(MigrationBuilder schema)
    {
        schema.CreateTable("SurveyAnswerCounts", t => new
        {
            SurveyId = t.Column<string>(maxLength: 26, nullable: false),
            QuestionId = t.Column<string>(maxLength: 32, nullable: false),
            Choice = t.Column<string>(maxLength: 64, nullable: false),
            Number = t.Column<double>(nullable: false),
            Count = t.Column<long>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_SurveyAnswerCounts", x => new { x.SurveyId, x.QuestionId, x.Choice, x.Number }));
        schema.CreateTable("SurveyQuestionCounts", t => new
        {
            SurveyId = t.Column<string>(maxLength: 26, nullable: false),
            QuestionId = t.Column<string>(maxLength: 32, nullable: false),
            Answered = t.Column<long>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_SurveyQuestionCounts", x => new { x.SurveyId, x.QuestionId }));
        foreach (var sql in Services.SurveyCounters.Add(Services.SurveyCounters.CompletedAnswers)) schema.Sql(sql);
        return 4;
    }

    /// <summary>
    /// Recipients' attributes a row each, so the analysis filters and cross-tabulates by them with a
    /// GROUP BY; filled from the invitations' JSON (the service column under its one name).
    /// </summary>
    public int UpdateFrom4(MigrationBuilder schema)
    {
        schema.CreateTable("SurveyRecipientAttributes", t => new
        {
            SurveyId = t.Column<string>(maxLength: 26, nullable: false),
            RespondentKey = t.Column<string>(maxLength: 32, nullable: false),
            Name = t.Column<string>(maxLength: 64, nullable: false),
            Value = t.Column<string>(maxLength: 400, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_SurveyRecipientAttributes", x => new { x.SurveyId, x.RespondentKey, x.Name }));
        schema.CreateIndex("IX_SurveyRecipientAttributes_SurveyId_Name_Value", "SurveyRecipientAttributes", ["SurveyId", "Name", "Value"]);
        var each = schema.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite" ? "json_each(i.\"Attributes\")" : "json_each_text(i.\"Attributes\"::json)";
        schema.Sql("INSERT INTO \"SurveyRecipientAttributes\" (\"SurveyId\", \"RespondentKey\", \"Name\", \"Value\")"
            + " SELECT i.\"SurveyId\", 't:' || i.\"Id\", CASE WHEN lower(trim(j.key)) = 'service' THEN 'service' ELSE substr(trim(j.key), 1, 64) END, substr(trim(j.value), 1, 400)"
            + $" FROM \"SurveyInvitations\" i, {each} j WHERE i.\"Attributes\" IS NOT NULL AND trim(j.value) <> '' AND trim(j.key) <> ''"
            + " ON CONFLICT DO NOTHING");
        return 5;
    }

    /// <summary>
    /// Maintained counts of each survey's started and completed responses, so the analysis' response
    /// rate reads one row instead of counting 100,000; filled from the responses so far.
    /// </summary>
    public int UpdateFrom5(MigrationBuilder schema)
    {
        schema.CreateTable("SurveyResponseCounts", t => new
        {
            SurveyId = t.Column<string>(maxLength: 26, nullable: false),
            Started = t.Column<long>(nullable: false),
            Completed = t.Column<long>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_SurveyResponseCounts", x => x.SurveyId));
        schema.Sql(Services.SurveyCounters.AddResponses("1 = 1"));
        return 6;
    }

    /// <summary>
    /// The services each survey's latest version evaluates, a row each, so a service's trend reads
    /// its own surveys only; filled from the surveys' JSON (<c>SurveyPart.services</c>).
    /// </summary>
    public int UpdateFrom6(MigrationBuilder schema)
    {
        schema.CreateTable("SurveyServiceIndex", t => new
        {
            ServiceKey = t.Column<string>(maxLength: 64, nullable: false),
            SurveyId = t.Column<string>(maxLength: 26, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_SurveyServiceIndex", x => new { x.ServiceKey, x.SurveyId }));
        schema.CreateIndex("IX_SurveyServiceIndex_SurveyId", "SurveyServiceIndex", "SurveyId");
        var services = schema.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite"
            ? "json_each(c.\"Data\", '$.SurveyPart.services') s"
            : "json_array_elements_text((c.\"Data\"::json) -> 'SurveyPart' -> 'services') s(value)";
        schema.Sql("INSERT INTO \"SurveyServiceIndex\" (\"ServiceKey\", \"SurveyId\")"
            + $" SELECT DISTINCT substr(s.value, 1, 64), c.\"ContentItemId\" FROM \"ContentItems\" c, {services}"
            + " WHERE c.\"Latest\" AND c.\"ContentType\" = 'Survey' ON CONFLICT DO NOTHING");
        return 7;
    }
}
