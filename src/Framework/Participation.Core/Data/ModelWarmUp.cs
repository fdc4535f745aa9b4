using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Participation.Data;

/// <summary>
/// Builds EF's model and compiles one query on the second core while the pipeline is being built,
/// so the start's first database work (the schema upgrade, the index checks) finds both done:
/// they were most of the start's CPU, one after the other on one thread. It touches no table —
/// the query is only translated — so no request or upgrade can see anything of it.
/// </summary>
public static class ModelWarmUp
{
    public static Task Start(IServiceProvider services) => Task.Run(() =>
    {
        try
        {
            if (!services.GetRequiredService<IShellSettingsStore>().IsRunning) return;
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<ParticipationDbContext>();
            _ = db.Model;
            _ = db.ContentItems.Where(x => x.Published && x.ContentType == "").Select(x => x.Id).ToQueryString();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The real first use builds the model again and reports whatever failed here.
            services.GetService<ILoggerFactory>()?.CreateLogger(typeof(ModelWarmUp)).LogDebug(e, "EF's model was not built ahead");
        }
    });
}
