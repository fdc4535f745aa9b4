using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Polls.Models;

namespace Participation.Polls;

public sealed class PollsModel : IModelContributor
{
    public void Build(ModelBuilder modelBuilder) => modelBuilder
        .Entity<PollBallot>(e =>
        {
            e.ToTable("PollBallots");
            e.HasKey(x => x.Id);
            e.Property(x => x.PollId).HasMaxLength(26);
            e.Property(x => x.UserId).HasMaxLength(450);
            e.HasIndex(x => new { x.PollId, x.UserId }).IsUnique();
            e.HasIndex(x => x.UserId).HasDatabaseName("IX_PollBallots_UserId");
            e.HasMany(x => x.Choices).WithOne().HasForeignKey(c => c.BallotId);
        })
        .Entity<PollBallotChoice>(e =>
        {
            e.ToTable("PollBallotChoices");
            e.HasKey(x => x.Id);
            e.Property(x => x.OptionId).HasMaxLength(32);
        })
        .Entity<PollCount>(e =>
        {
            e.ToTable("PollCounts");
            e.HasKey(x => new { x.PollId, x.Day, x.OptionId });
            e.Property(x => x.PollId).HasMaxLength(26);
            e.Property(x => x.Day).HasMaxLength(10);
            e.Property(x => x.OptionId).HasMaxLength(32);
        });
}
