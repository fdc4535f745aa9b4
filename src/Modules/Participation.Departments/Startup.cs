using Microsoft.Extensions.DependencyInjection;
using Participation.Data;
using Participation.Departments.Recipes;
using Participation.Departments.Services;
using Participation.Modules;
using Participation.Navigation;
using Participation.Recipes;
using Participation.Security;

namespace Participation.Departments;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IModelContributor, DepartmentsModel>();
        services.AddSingleton<DataMigration, Migrations>();
        services.AddScoped<IRecipeStepHandler, DepartmentsStep>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<INavigationProvider, AdminMenu>();
        services.AddScoped<DepartmentDirectory>();
        services.AddScoped<IDepartmentDirectory>(sp => sp.GetRequiredService<DepartmentDirectory>());
        services.AddScoped<DepartmentAdministration>();
    }
}
