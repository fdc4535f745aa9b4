using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Participation.Caching;
using Participation.ContentManagement;
using Participation.ContentManagement.Display;
using Participation.ContentManagement.Metadata;
using Participation.Data;
using Participation.Modules;
using Participation.Navigation;
using Participation.Polls.Drivers;
using Participation.Polls.Endpoints;
using Participation.Polls.Handlers;
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
        services.AddScoped<IBatchWriter<BallotWrite, BallotResult>, BallotWriter>();
        services.AddScoped<VotingService>();
        services.AddScoped<VotingPolls>();
        services.AddScoped<IPersonalFragment, BallotFragment>();
        services.AddScoped<IContentHandler, VotingPollEviction>();
        services.AddSingleton<PollMetrics>();
        services.AddScoped<PollResults>();
        services.AddScoped<OwnBallots>();
        services.AddScoped<PollViews>();
        services.AddScoped<Participation.Home.IHomeSection, OpenPollsHomeSection>();
        services.AddScoped<Participation.Transparency.IParticipationResults, PollOutcomes>();
        services.AddScoped<Participation.Transparency.IImpactFigures, PollImpact>();
        services.AddScoped<Participation.Transparency.IOpenDataset, PollResultsDataset>();
        services.AddContentPart<PollPart>().AddContentPart<PollWidgetPart>();
        services.AddScoped<IContentPartDisplayDriver, PollPartDisplayDriver>();
        services.AddScoped<IContentPartDisplayDriver, PollWidgetPartDisplayDriver>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<INavigationProvider, SiteMenu>();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider) => routes.MapVote();
}
