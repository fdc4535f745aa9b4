using Microsoft.Extensions.DependencyInjection;
using Participation.Caching;
using Participation.ContentManagement;
using Participation.ContentManagement.Display;
using Participation.Data;
using Participation.Modules;
using Participation.Navigation;
using Participation.Recipes;
using Participation.Security;
using Participation.Workflows.Activities.Events;
using Participation.Workflows.Activities.Tasks;
using Participation.Workflows.Drivers;
using Participation.Workflows.Handlers;
using Participation.Workflows.Recipes;
using Participation.Workflows.Services;

namespace Participation.Workflows;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddOptions<WorkflowOptions>().BindConfiguration("Participation:Workflows");
        services.AddSingleton<IModelContributor, WorkflowsModel>();
        services.AddSingleton<DataMigration, Migrations>();

        services.AddActivity<ContentCreatedEvent, ContentEventDisplayDriver<ContentCreatedEvent>>()
            .AddActivity<ContentPublishedEvent, ContentEventDisplayDriver<ContentPublishedEvent>>()
            .AddActivity<ContentUnpublishedEvent, ContentEventDisplayDriver<ContentUnpublishedEvent>>()
            .AddActivity<ContentStageChangedEvent, ContentEventDisplayDriver<ContentStageChangedEvent>>()
            .AddActivity<ContentDateTimerEvent, ContentDateTimerEventDisplayDriver>()
            .AddActivity<SendEmailTask, SendEmailTaskDisplayDriver>().AddActivity<NotifySubscribersTask, NotifySubscribersTaskDisplayDriver>()
            .AddActivity<ChangeStageTask, ChangeStageTaskDisplayDriver>().AddActivity<SetFieldTask, SetFieldTaskDisplayDriver>()
            .AddActivity<IfElseTask, IfElseTaskDisplayDriver>().AddActivity<WebhookTask, WebhookTaskDisplayDriver>();
        services.AddScoped<IRecipientResolver, AddressRecipients>();
        services.AddScoped<IRecipientResolver, OwnerRecipients>();
        services.AddScoped<IRecipientResolver, RoleRecipients>();
        services.AddScoped<IRecipientResolver, ParticipantRecipients>();
        services.AddScoped<IRecipientResolver, SubscriberRecipients>();
        services.AddHttpClient(nameof(WebhookTask), c => c.Timeout = TimeSpan.FromSeconds(15));

        services.AddSingleton<WorkflowSignal>();
        services.AddSingleton<WorkflowDefinitionValidator>();
        services.AddSingleton<WorkflowExecutor>();
        services.AddSingleton<WorkflowProcessor>();
        services.AddHostedService(sp => sp.GetRequiredService<WorkflowProcessor>());
        services.AddSingleton<WorkflowMetrics>();
        services.AddSingleton<Participation.Diagnostics.IGaugeSampler>(sp => sp.GetRequiredService<WorkflowMetrics>());
        services.AddScoped<IWorkflowTrigger, WorkflowTrigger>();
        services.AddScoped<ContentTimerScheduler>();
        services.AddScoped<IWorkflowTimers, WorkflowTimers>();
        services.AddScoped<WorkflowTypeStore>();
        services.AddScoped<IContentHandler, WorkflowContentHandler>();
        services.AddScoped<FollowedItems>();
        services.AddScoped<IPersonalFragment, FollowFragment>();
        services.AddScoped<IContentDisplayDriver, FollowDisplayDriver>();
        services.AddScoped<IRecipeStepHandler, WorkflowTypeStep>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<INavigationProvider, AdminMenu>();
    }
}
