using Microsoft.Extensions.DependencyInjection;
using Participation.Workflows.Activities;
using Participation.Workflows.Display;

namespace Participation.Workflows;

public static class ActivityServiceCollectionExtensions
{
    /// <summary>Makes an activity available to workflow definitions (modules call this for their own).</summary>
    public static IServiceCollection AddActivity<TActivity>(this IServiceCollection services) where TActivity : Activity
    {
        services.AddSingleton<Activity, TActivity>();
        return services;
    }

    /// <summary>An activity with the form editors fill for it in the workflow editor.</summary>
    public static IServiceCollection AddActivity<TActivity, TDriver>(this IServiceCollection services) where TActivity : Activity where TDriver : class, IActivityDisplayDriver
    {
        services.AddActivity<TActivity>();
        services.AddScoped<IActivityDisplayDriver, TDriver>();
        return services;
    }
}
