using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Participation.Data;

/// <summary>
/// The unit of work a module uses for its own entities (Orchard's YesSql session, here the
/// suite's EF Core DbContext): query with <see cref="Set{TEntity}"/>, then save once.
/// </summary>
public interface IDataSession
{
    DbSet<TEntity> Set<TEntity>() where TEntity : class;
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
    DatabaseFacade Database { get; }
}
