using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Participation.Data;
using Participation.Modules;
using Participation.Navigation;
using Participation.Recipes;
using Participation.Requests.Activities;
using Participation.Requests.Drivers;
using Participation.Requests.Recipes;
using Participation.Requests.Services;
using Participation.Security;
using Participation.Workflows;

namespace Participation.Requests;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IModelContributor, RequestsModel>();
        services.AddSingleton<DataMigration, Migrations>();
        services.AddScoped<RequestSettingsStore>();
        services.AddScoped<ReferenceNumberIssuer>();
        services.AddScoped<RequestAttachmentStore>();
        services.AddScoped<RequestNotifier>();
        services.AddScoped<RequestIntake>();
        services.AddSingleton<RequestMetrics>();
        services.AddScoped<CaseHandling>();
        services.AddScoped<RequestAccess>();
        services.AddScoped<RequestInbox>();
        services.AddScoped<CaseQueries>();
        services.AddScoped<RequestTracking>();
        services.AddScoped<RequestSettingsEditor>();
        services.AddScoped<ResponseFigures>();
        services.AddScoped<RequestChanges>();
        services.AddScoped<Participation.Transparency.IParticipationResults, RequestResults>();
        services.AddScoped<Participation.Transparency.IImpactFigures, RequestImpact>();
        services.AddScoped<Participation.Transparency.IOpenDataset, RequestsDataset>();
        services.TryAddSingleton<IHumanVerification, NoHumanVerification>();
        services.AddScoped<IRecipeStepHandler, RequestsStep>();
        services.AddActivity<RequestSubmittedEvent, RequestEventDisplayDriver<RequestSubmittedEvent>>()
            .AddActivity<RequestStatusChangedEvent, RequestEventDisplayDriver<RequestStatusChangedEvent>>()
            .AddActivity<ResponseDeadlinePassedEvent, RequestEventDisplayDriver<ResponseDeadlinePassedEvent>>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<INavigationProvider, SiteMenu>();
        services.AddSingleton<INavigationProvider, AdminMenu>();
    }
}
