using Microsoft.Extensions.DependencyInjection;
using Participation.Caching;
using Participation.ContentManagement;
using Participation.ContentManagement.Display;
using Participation.ContentManagement.Metadata;
using Participation.Data;
using Participation.Ideas.Activities;
using Participation.Ideas.Drivers;
using Participation.Ideas.Handlers;
using Participation.Ideas.Models;
using Participation.Ideas.Services;
using Participation.Modules;
using Participation.Navigation;
using Participation.Security;
using Participation.Workflows;

namespace Participation.Ideas;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IContentTypeProvider, ContentTypes>();
        services.AddSingleton<IModelContributor, IdeasModel>();
        services.AddSingleton<DataMigration, Migrations>();
        services.AddContentPart<IdeaTopicPart>().AddContentPart<IdeaPart>();
        services.AddScoped<IContentPartDisplayDriver, IdeaTopicPartDisplayDriver>();
        services.AddScoped<IContentHandler, IdeaTopicStageHandler>().AddScoped<IContentHandler, IdeaIndexHandler>()
            .AddScoped<IContentHandler, IdeaPathHandler>();
        services.AddScoped<IdeaIndexer>();
        services.AddScoped<Participation.Search.ISearchIndexSource>(sp => sp.GetRequiredService<IdeaIndexer>());
        services.AddHostedService<IdeaIndexRebuild>();
        services.AddSingleton<IdeaMetrics>();
        services.AddScoped<IBatchWriter<SupportWrite, SupportWritten>, SupportWriter>();
        services.AddScoped<SupportTargets>().AddScoped<IContentHandler, SupportTargetEviction>();
        // The reader's own blocks of the shared topic and idea pages.
        services.AddScoped<OwnSupports>().AddScoped<IdeaTimelines>().AddScoped<IPersonalFragment, SupportFragment>().AddScoped<IPersonalFragment, SupportsLeftFragment>()
            .AddScoped<IPersonalFragment, ProposeFragment>().AddScoped<IPersonalFragment, AuthorActionsFragment>().AddScoped<IPersonalFragment, TimelineFragment>();
        services.AddScoped<IdeaEvents>().AddScoped<IdeaSearch>().AddScoped<IdeaList>().AddScoped<IdeaViews>()
            .AddScoped<IdeaSubmission>().AddScoped<IdeaReview>().AddScoped<Supporting>().AddScoped<IdeaAnswering>()
            .AddScoped<SupportDays>().AddScoped<IdeaMerging>().AddScoped<IdeaExport>().AddScoped<IdeaAssessments>()
            .AddScoped<IdeaCustomStatuses>();
        services.AddScoped<IParticipantProvider, IdeaParticipants>();
        services.AddScoped<Participation.Transparency.IOpenDataset, IdeasDataset>();
        services.AddScoped<Participation.Transparency.IParticipationResults, IdeaOutcomes>().AddScoped<Participation.Transparency.IImpactFigures, IdeaImpact>();
        services.AddActivity<IdeaSubmittedEvent, IdeaEventDisplayDriver<IdeaSubmittedEvent>>()
            .AddActivity<IdeaPublishedEvent, IdeaEventDisplayDriver<IdeaPublishedEvent>>()
            .AddActivity<IdeaThresholdReachedEvent, IdeaEventDisplayDriver<IdeaThresholdReachedEvent>>()
            .AddActivity<IdeaStatusChangedEvent, IdeaEventDisplayDriver<IdeaStatusChangedEvent>>()
            .AddActivity<IdeaTopicStageChangedEvent, IdeaEventDisplayDriver<IdeaTopicStageChangedEvent>>()
            .AddActivity<IdeaMergedEvent, IdeaEventDisplayDriver<IdeaMergedEvent>>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<INavigationProvider, SiteMenu>();
        services.AddSingleton<INavigationProvider, AdminMenu>();
        services.AddScoped<StudyStart>().AddScoped<MostSupportedStudy>().AddScoped<IdeaAttachments>();
        services.AddScoped<Participation.Comments.ICommentAdmission, IdeaCommentAdmission>();
        services.AddScoped<Participation.Recipes.IRecipeStepHandler, Recipes.IdeaStatusesStep>();
        services.AddScoped<IContentHandler, IdeaTopicValidationHandler>().AddScoped<IContentHandler, MostSupportedStudyHandler>();
    }
}
