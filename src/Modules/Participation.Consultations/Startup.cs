using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Participation.ContentManagement;
using Participation.ContentManagement.Display;
using Participation.ContentManagement.Metadata;
using Participation.Consultations.Drivers;
using Participation.Consultations.Models;
using Participation.Modules;

namespace Participation.Consultations;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IContentTypeProvider, ContentTypes>();
        services.AddSingleton<Participation.Security.IPermissionProvider, Permissions>();
        services.AddSingleton<Participation.Navigation.INavigationProvider, SiteMenu>();
        services.AddSingleton<Participation.Navigation.INavigationProvider, AdminMenu>();
        services.AddSingleton<Participation.Data.IModelContributor, ConsultationsModel>();
        services.AddSingleton<Participation.Data.DataMigration, Migrations>();
        services.AddContentPart<ConsultationPart>();
        services.AddScoped<IContentPartDisplayDriver, ConsultationPartDisplayDriver>();
        services.AddScoped<Participation.ContentManagement.IContentHandler, Handlers.ConsultationValidationHandler>();
        services.AddScoped<Participation.ContentManagement.IContentHandler, Handlers.ArchiveReportHandler>();
        services.AddScoped<Participation.ContentManagement.IContentHandler, Handlers.ConsultationIndexHandler>();
        services.AddScoped<Services.ConsultationIndexer>();
        services.AddScoped<Participation.Search.ISearchIndexSource>(sp => sp.GetRequiredService<Services.ConsultationIndexer>());
        services.AddScoped<Services.ConsultationList>();
        services.AddHostedService<Services.ConsultationIndexRebuild>();
        services.AddScoped<Services.ArchiveReportBuilder>();
        services.TryAddSingleton<Participation.Printing.ChromiumPdfPrinter>();
        services.AddSingleton<Services.ArchiveReportPdf>();
        services.AddSingleton<Services.AttachmentStore>();
        services.AddScoped<Participation.Audiences.IAudienceCatalog, Services.AudienceCatalog>();
        services.AddScoped<Participation.Recipes.IRecipeStepHandler, Recipes.AudiencesStep>();
        services.AddScoped<Participation.Home.IHomeSection, Services.OpenConsultationsHomeSection>();
        services.AddScoped<Participation.Home.IHomeSection, Services.DecisionsHomeSection>();
        services.AddScoped<Participation.Transparency.IParticipationResults, Services.ConsultationResults>();
        services.AddScoped<Participation.Transparency.IImpactFigures, Services.ConsultationImpact>();
        services.AddScoped<Participation.Transparency.IOpenDataset, Services.ConsultationsDataset>().AddScoped<Participation.Transparency.IOpenDataset, Services.ContributionsDataset>();
    }
}
