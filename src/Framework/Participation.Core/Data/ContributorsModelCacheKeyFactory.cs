using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Participation.Data;

/// <summary>
/// EF caches a model it built per context type; sites in one process (the tests) whose model
/// contributors differ must not share one, so a built model is cached per set of contributors too.
/// Only hosts that build their model use it: a compiled model bypasses the cache.
/// </summary>
internal sealed class ContributorsModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime)
        => (context.GetType(), (context as ParticipationDbContext)?.ContributorNames, designTime);
}
