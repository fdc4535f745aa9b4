using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Surveys.Models;

namespace Participation.Surveys;

public sealed class SurveysModel : IModelContributor
{
    public void Build(ModelBuilder modelBuilder) => modelBuilder
        .Entity<SurveyServiceRecord>(e =>
        {
            e.ToTable("SurveyServices");
            e.HasKey(x => x.Id);
            e.Property(x => x.Key).HasMaxLength(64);
            e.Property(x => x.NameAr).HasMaxLength(200);
            e.Property(x => x.NameEn).HasMaxLength(200);
            e.Property(x => x.DepartmentKey).HasMaxLength(64);
            e.HasIndex(x => x.Key).IsUnique();
        })
        .Entity<SurveyResponse>(e =>
        {
            e.ToTable("SurveyResponses");
            e.HasKey(x => x.Id);
            e.Property(x => x.SurveyId).HasMaxLength(26);
            e.Property(x => x.RespondentKey).HasMaxLength(460);
            e.Property(x => x.SectionId).HasMaxLength(32);
            e.HasIndex(x => new { x.SurveyId, x.RespondentKey }).IsUnique();
            e.Property(x => x.DepartmentKey).HasMaxLength(64);
            e.HasIndex(x => new { x.SurveyId, x.CompletedUtc });
            e.HasIndex(x => new { x.DepartmentKey, x.CompletedUtc });
        })
        .Entity<SurveyAnswer>(e =>
        {
            e.ToTable("SurveyAnswers");
            e.HasKey(x => x.Id);
            e.Property(x => x.SurveyId).HasMaxLength(26);
            e.Property(x => x.QuestionId).HasMaxLength(32);
            e.Property(x => x.Choice).HasMaxLength(64);
            e.Property(x => x.Text).HasMaxLength(4000);
            e.HasOne<SurveyResponse>().WithMany().HasForeignKey(x => x.ResponseId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.ResponseId, x.QuestionId, x.Choice }).IsUnique();
            e.HasIndex(x => new { x.SurveyId, x.QuestionId, x.Choice });
        })
        .Entity<SurveyInvitation>(e =>
        {
            e.ToTable("SurveyInvitations");
            e.HasKey(x => x.Id);
            e.Property(x => x.SurveyId).HasMaxLength(26);
            e.Property(x => x.Email).HasMaxLength(256);
            e.Property(x => x.Attributes).HasMaxLength(2000);
            e.Property(x => x.TokenHash).HasMaxLength(64);
            e.Property(x => x.Subject).HasMaxLength(64);
            e.Property(x => x.DepartmentKey).HasMaxLength(64);
            e.HasIndex(x => new { x.SurveyId, x.Email, x.Subject }).IsUnique();
            e.HasIndex(x => x.TokenHash).IsUnique();
        })
        .Entity<SurveyAnswerCount>(e =>
        {
            e.ToTable("SurveyAnswerCounts");
            e.HasKey(x => new { x.SurveyId, x.QuestionId, x.Choice, x.Number });
            e.Property(x => x.SurveyId).HasMaxLength(26);
            e.Property(x => x.QuestionId).HasMaxLength(32);
            e.Property(x => x.Choice).HasMaxLength(64);
        })
        .Entity<SurveyQuestionCount>(e =>
        {
            e.ToTable("SurveyQuestionCounts");
            e.HasKey(x => new { x.SurveyId, x.QuestionId });
            e.Property(x => x.SurveyId).HasMaxLength(26);
            e.Property(x => x.QuestionId).HasMaxLength(32);
        })
        .Entity<SurveyRecipientAttribute>(e =>
        {
            e.ToTable("SurveyRecipientAttributes");
            e.HasKey(x => new { x.SurveyId, x.RespondentKey, x.Name });
            e.Property(x => x.SurveyId).HasMaxLength(26);
            e.Property(x => x.RespondentKey).HasMaxLength(32);
            e.Property(x => x.Name).HasMaxLength(64);
            e.Property(x => x.Value).HasMaxLength(400);
            e.HasIndex(x => new { x.SurveyId, x.Name, x.Value });
        })
        .Entity<SurveyResponseCount>(e =>
        {
            e.ToTable("SurveyResponseCounts");
            e.HasKey(x => x.SurveyId);
            e.Property(x => x.SurveyId).HasMaxLength(26);
        })
        .Entity<SurveyServiceIndex>(e =>
        {
            e.ToTable("SurveyServiceIndex");
            e.HasKey(x => new { x.ServiceKey, x.SurveyId });
            e.Property(x => x.ServiceKey).HasMaxLength(64);
            e.Property(x => x.SurveyId).HasMaxLength(26);
            e.HasIndex(x => x.SurveyId);
        });
}
