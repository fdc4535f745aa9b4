using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Participation.Data;
using Participation.Printing;
using Participation.Transparency.Activities;
using Participation.Workflows;
using Participation.Workflows.Display;
using Participation.Modules;
using Participation.Navigation;
using Participation.Recipes;
using Participation.Security;
using Participation.Transparency.Controllers;
using Participation.Transparency.Services;

namespace Participation.Transparency;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<ResultsCatalog>();
        services.AddScoped<ParticipationDashboard>();
        services.AddSingleton<IModelContributor, TransparencyModel>();
        services.AddSingleton<DataMigration, Migrations>();
        services.TryAddSingleton<ChromiumPdfPrinter>();
        services.TryAddSingleton<IPdfPrinter>(sp => sp.GetRequiredService<ChromiumPdfPrinter>());
        services.AddOptions<ImpactReportOptions>().BindConfiguration("Participation:Transparency:ImpactReports");
        services.AddScoped<ImpactReportDocument>();
        services.AddScoped<ImpactReports>();
        services.AddScoped<ImpactReportArchive>();
        services.AddHostedService<MonthlyReportScheduler>();
        services.AddHostedService<ImpactReportBuilder>();
        services.AddActivity<MonthEndedEvent, SettinglessActivityDisplayDriver<MonthEndedEvent>>()
            .AddActivity<ImpactReportBuiltEvent, SettinglessActivityDisplayDriver<ImpactReportBuiltEvent>>()
            .AddActivity<BuildImpactReportsTask, SettinglessActivityDisplayDriver<BuildImpactReportsTask>>();
        services.AddScoped<OpenDataSettingsStore>();
        services.AddScoped<OpenDataCatalog>();
        services.AddScoped<OpenDataPublisher>();
        services.AddSingleton<OpenDataPageToken>();
        services.AddHostedService<OpenDataScheduler>();
        services.AddScoped<IRecipeStepHandler, Recipes.OpenDataStep>();
        services.AddOpenApi(OpenDataApiController.DocumentName, o => o.ShouldInclude = d => d.GroupName == OpenDataApiController.DocumentName);
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<INavigationProvider, SiteMenu>();
        services.AddSingleton<INavigationProvider, AdminMenu>();
        services.AddScoped<IDisclosureThreshold, DisclosureThreshold>();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider)
        => routes.MapOpenApi("/api/open-data/openapi/{documentName}.json");
}
