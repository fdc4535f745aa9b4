using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Participation.ContentManagement;
using Participation.ContentManagement.Display;
using Participation.ContentManagement.Metadata;
using Participation.Data;
using Participation.Modules;
using Participation.Navigation;
using Participation.Recipes;
using Participation.Security;
using Participation.Surveys.Activities;
using Participation.Surveys.Drivers;
using Participation.Surveys.Handlers;
using Participation.Surveys.Models;
using Participation.Surveys.Recipes;
using Participation.Surveys.Services;
using Participation.Transparency;
using Participation.Workflows;
using Participation.Workflows.Display;

namespace Participation.Surveys;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IContentTypeProvider, ContentTypes>();
        services.AddSingleton<IModelContributor, SurveysModel>();
        services.AddSingleton<DataMigration, Migrations>();
        services.AddContentPart<SurveyPart>();
        services.AddScoped<IContentPartDisplayDriver, SurveyPartDisplayDriver>();
        services.AddScoped<IContentHandler, SurveyContentHandler>();
        services.AddScoped<IContentHandler, SurveyServiceIndexHandler>();
        services.AddScoped<IRecipeStepHandler, SurveyServicesStep>();
        services.AddScoped<SurveyServiceCatalog>();
        services.AddScoped<SurveyResponseStore>();
        services.AddScoped<SurveyAnswering>();
        services.AddScoped<SurveyBuilder>();
        services.AddScoped<SurveyInvitations>();
        services.AddScoped<SurveyAnalysis>();
        services.AddScoped<SurveyTrend>();
        services.AddScoped<RespondentGroups>();
        services.AddScoped<SurveyAnalysisPage>();
        services.TryAddSingleton<Participation.Printing.ChromiumPdfPrinter>();
        services.AddScoped<Participation.Transparency.IOpenDataset, SurveysDataset>();
        services.AddScoped<AnswerFollowUp>();
        services.AddScoped<SurveyReminders>();
        services.AddScoped<SurveyExport>();
        services.AddScoped<IImpactFigures, SurveyImpact>();
        services.AddActivity<SurveyRemindersDueEvent, SettinglessActivityDisplayDriver<SurveyRemindersDueEvent>>()
            .AddActivity<SendSurveyRemindersTask, SettinglessActivityDisplayDriver<SendSurveyRemindersTask>>();
        services.AddScoped<IAnswerSatisfaction, AnswerSatisfactionFigures>();
        services.AddActivity<InviteToAnswerSurveyTask, SettinglessActivityDisplayDriver<InviteToAnswerSurveyTask>>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<INavigationProvider, AdminMenu>();
        services.AddSingleton<INavigationProvider, SiteMenu>();
        services.AddScoped<SurveyPublicResults>();
        services.AddScoped<IParticipationResults, SurveyOutcomes>();
    }
}
