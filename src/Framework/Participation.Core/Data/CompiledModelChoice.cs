using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Logging;

namespace Participation.Data;

/// <summary>
/// The compiled model for the site's provider when it was compiled from exactly the host's model
/// contributors, so EF skips building the model at start (half of the start's schema check);
/// otherwise none, and EF builds the model from the contributors (a host with a contributor of its
/// own, a model compiled before a contributor was added or removed).
/// </summary>
public sealed class CompiledModelChoice(IEnumerable<CompiledDataModel> compiled, IEnumerable<IModelContributor> contributors, ILogger<CompiledModelChoice> logger)
{
    private readonly ConcurrentDictionary<DatabaseProvider, IModel?> _chosen = new();

    public IModel? For(DatabaseProvider provider) => _chosen.GetOrAdd(provider, Choose);

    private IModel? Choose(DatabaseProvider provider)
    {
        if (compiled.LastOrDefault(m => m.Provider == provider) is not { } candidate)
        {
            logger.LogInformation("The {Provider} data model is built at start: the host holds no compiled model for it", provider);
            return null;
        }
        var model = candidate.Load();
        var expected = ParticipationDbContext.ContributorList(contributors);
        if (model.FindAnnotation(ParticipationDbContext.ContributorsAnnotation)?.Value is not string compiledFrom || compiledFrom != expected)
        {
            logger.LogInformation("The {Provider} data model is built at start: the compiled one was made from other model contributors ({Compiled}) than the host's ({Host})", provider, model.FindAnnotation(ParticipationDbContext.ContributorsAnnotation)?.Value, expected);
            return null;
        }
        logger.LogInformation("The {Provider} data model is the compiled one", provider);
        return model;
    }
}
