using Microsoft.Extensions.DependencyInjection;
using Participation.Workflows.Activities;

namespace Participation.Workflows;

public static class ActivityServiceCollectionExtensions
{
    /// <summary>Makes an activity available to workflow definitions (modules call this for their own).</summary>
    public static IServiceCollection AddActivity<TActivity>(this IServiceCollection services) where TActivity : Activity
    {
        services.AddSingleton<Activity, TActivity>();
        return services;
    }
}
