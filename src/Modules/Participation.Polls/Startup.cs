using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Participation.ContentManagement;
using Participation.ContentManagement.Display;
using Participation.ContentManagement.Metadata;
using Participation.Data;
using Participation.Modules;
using Participation.Navigation;
using Participation.Polls.Drivers;
using Participation.Polls.Models;
using Participation.Polls.Services;
using Participation.Security;

namespace Participation.Polls;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IContentTypeProvider, ContentTypes>();
        services.AddSingleton<IModelContributor, PollsModel>();
        services.AddSingleton<DataMigration, Migrations>();
        services.AddSingleton<PollCounterRows>();
        services.AddScoped<VotingService>();
        services.AddScoped<PollResults>();
        services.AddScoped<PollViews>();
        services.AddContentPart<PollPart>().AddContentPart<PollWidgetPart>();
        services.AddScoped<IContentPartDisplayDriver, PollPartDisplayDriver>();
        services.AddScoped<IContentPartDisplayDriver, PollWidgetPartDisplayDriver>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<INavigationProvider, Menus>();
    }
}

public sealed class Menus : INavigationProvider
{
    public void BuildNavigation(string menu, List<MenuItem> items)
    {
        if (menu == NavigationNames.Main) items.Add(new MenuItem { Text = "Polls", Url = "/polls", Position = "3" });
    }
}

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
}
